package dev.baton.bot.handover;

import dev.baton.bot.system.InvalidInputException;

/** Why the official leaves the post. */
public enum HandoverReason {

	/** 调任 / 交流 */
	TRANSFER,
	/** 免职 */
	REMOVAL,
	/** 辞职 */
	RESIGNATION,
	/** 退休 */
	RETIREMENT,
	/** 其他: said in the organizer's own words, the reason's note (newcomer 20) */
	OTHER;

	/** The longest note a reason takes, in characters. */
	public static final int NOTE_MAX = 100;

	/**
	 * As people read it, the same on every page, notice and document: 工作调动; 其他 with the
	 * organizer's words, 其他（借调到省委巡视组）.
	 */
	public String say(String note, OpeningPreview.Words words) {
		String word = words.text("conv.org.reason." + name());
		return note == null || note.isBlank() ? word : words.text("conv.org.reason.withNote", word, note.strip());
	}

	/**
	 * The note an opening keeps for this reason: 其他 needs one (a record that only says 其他
	 * says nothing), of at most {@link #NOTE_MAX} characters; the other reasons say
	 * themselves, so a note with one is refused rather than silently dropped. A blank
	 * note is no note.
	 * @return the note, stripped; null for a reason other than 其他
	 */
	public String checkedNote(String note) {
		String said = note == null || note.isBlank() ? null : note.strip();
		if (this != OTHER) {
			if (said != null) {
				throw new InvalidInputException("handover.reasonNote.onlyOther",
						"only the reason OTHER takes a reasonNote", name());
			}
			return null;
		}
		if (said == null) {
			throw new InvalidInputException("handover.reasonNote.required",
					"the reason OTHER needs a reasonNote saying what the reason is", NOTE_MAX);
		}
		if (said.codePointCount(0, said.length()) > NOTE_MAX) {
			throw new InvalidInputException("handover.reasonNote.tooLong",
					"a reasonNote is at most " + NOTE_MAX + " characters", NOTE_MAX,
					said.codePointCount(0, said.length()));
		}
		return said;
	}

}
