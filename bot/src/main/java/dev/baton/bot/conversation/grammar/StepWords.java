package dev.baton.bot.conversation.grammar;

import java.util.List;

/**
 * Progress said without 进展 (#12, newcomer 2): whether words name a step of a plan by its text ("护岸砌筑" names
 * "完成剩余护岸砌筑"), and whether a message says a step is finished (干完了, 已完成). The words are the grammar's
 * {@code step} and {@code finished} kinds.
 */
public final class StepWords {

	/** Fewer letters in a row than this name nothing ("验" is in many steps). */
	private static final int AT_LEAST = 2;

	private StepWords() {
	}

	/** Whether the message says a step is done: one of the grammar's {@code finished} words. */
	public static boolean finished(String message) {
		String folded = MessageText.fold(MessageText.normalize(message));
		return Grammar.standard().words(Grammar.Kind.FINISHED).stream().anyMatch(folded::contains);
	}

	/**
	 * Whether {@code words} name the step whose text is {@code step}: both hold the same two letters or more in a
	 * row, other than the words that only say something is done or name a step ("完成" is in 完成验收 and in 已完成:
	 * it names nothing).
	 */
	public static boolean names(String words, String step) {
		if (words == null || step == null) {
			return false;
		}
		String a = MessageText.fold(MessageText.normalize(words));
		String b = MessageText.fold(MessageText.normalize(step));
		Grammar g = Grammar.standard();
		List<String> generic = new java.util.ArrayList<>(g.words(Grammar.Kind.FINISHED));
		generic.addAll(g.words(Grammar.Kind.STEP));
		// run[i][j]: how many letters in a row end at a[i-1] and b[j-1]
		int[][] run = new int[a.length() + 1][b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				char c = a.charAt(i - 1);
				if (c == b.charAt(j - 1) && Character.isLetter(c)) {
					run[i][j] = run[i - 1][j - 1] + 1;
				}
			}
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int n = run[i][j];
				boolean longest = i == a.length() || j == b.length() || run[i + 1][j + 1] == 0;
				if (n >= AT_LEAST && longest) {
					String shared = a.substring(i - n, i);
					if (generic.stream().noneMatch(w -> w.contains(shared))) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
