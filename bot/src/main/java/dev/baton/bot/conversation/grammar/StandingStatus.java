package dev.baton.bot.conversation.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.ItemStatus;

/**
 * A status word standing alone between spaces after the title, in the first clause (#12,
 * newcomer 18): "坑口村至黄柏村通村公路硬化工程 推进中 已完成路基约一半，合同价186万元…" is 推进中, whatever the words after
 * it say (已完成路基约一半 is how far it has got, not a second status); the title ends before it.
 *
 * @param status the status the word says
 * @param start where the word starts in the text
 * @param end where it ends
 */
record StandingStatus(ItemStatus status, int start, int end) {

	/**
	 * A word between white space (or at the end), with words before it: "卫生院搬迁 已完成，就差验收"
	 * says two things and Baton asks.
	 */
	private static final Pattern WORD = Pattern.compile("(?<=\\S\\s)([^\\s,，;；。]+)(?=\\s|$)");

	/** The first clause: to the first comma, semicolon or full stop. */
	private static final Pattern CLAUSE_END = Pattern.compile("[,，;；。]");

	/**
	 * The status word standing alone in the first clause of the words as said (folded or
	 * not), or null when there is none.
	 */
	static StandingStatus in(String text) {
		String folded = MessageText.fold(text == null ? "" : text);
		Matcher end = CLAUSE_END.matcher(folded);
		int clauseEnd = end.find() ? end.start() : folded.length();
		Matcher word = WORD.matcher(folded).region(0, clauseEnd);
		word.useTransparentBounds(true).useAnchoringBounds(false);
		Grammar grammar = Grammar.standard();
		while (word.find()) {
			ItemStatus status = grammar.statusWord(word.group(1));
			if (status != null) {
				return new StandingStatus(status, word.start(1), word.end(1));
			}
		}
		return null;
	}

}
