package dev.baton.bot.conversation;

/**
 * The progress a which-step card keeps until a step is pressed: the note as said and
 * whether it says the step is finished. Kept as one text with the card
 * (chat_card.proposal): "finished" or "" on the first line, the note after.
 */
record ProgressNote(String note, boolean finished) {

	static ProgressNote of(String note, boolean finished) {
		return new ProgressNote(note, finished);
	}

	String kept() {
		return (finished ? "finished" : "") + "\n" + note;
	}

	/** A kept note read back; null for a text that is not one. */
	static ProgressNote read(String kept) {
		int at = kept == null ? -1 : kept.indexOf('\n');
		if (at < 0 || at + 1 >= kept.length()) {
			return null;
		}
		String flag = kept.substring(0, at);
		if (!flag.isEmpty() && !flag.equals("finished")) {
			return null;
		}
		return new ProgressNote(kept.substring(at + 1), flag.equals("finished"));
	}

	/**
	 * The words a which-step card proposing one step keeps in the dialog (#12, newcomer
	 * 16, finding 6): the step's number on the first line, the kept note after, so a
	 * typed yes chooses that step as its button does.
	 */
	static String proposing(int step, ProgressNote note) {
		return step + "\n" + note.kept();
	}

	/**
	 * The step a which-step card proposing one step names, read from the words
	 * {@link #proposing} kept; null for words that are not such.
	 */
	static Integer proposedStep(String words) {
		int at = words == null ? -1 : words.indexOf('\n');
		if (at <= 0 || at > 4 || !words.substring(0, at).chars().allMatch(Character::isDigit)
				|| read(words.substring(at + 1)) == null) {
			return null;
		}
		return Integer.valueOf(words.substring(0, at));
	}

}
