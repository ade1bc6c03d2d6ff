package dev.baton.bot.conversation.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message addressed to someone else, sent to Baton by mistake (#12, newcomer 20,
 * finding 4: 「小李，明天上午的会改到三楼会议室」 was recorded as item 4): a person addressed in the first
 * clause (小李 / 老王 / 张主任 / 王局长: the grammar's {@code address} words), a comma, then
 * everyday words of meetings, places and times ({@code errand}), with no figure or status
 * of an item. Real items rarely start with a person addressed, and never with these words
 * after one; such a message is asked about, never recorded on a guess.
 */
public final class Addressed {

	/** The first clause, up to the first comma. */
	private static final Pattern FIRST = Pattern.compile("^([^,;:。]{2,6}),\\s*(.+)$");

	private Addressed() {
	}

	/**
	 * Whether the words as said are a message to someone else.
	 * @param said the message as typed
	 * @param asItem the words read as 「添加 …」
	 */
	public static boolean toSomeoneElse(String said, Command asItem) {
		if (said == null || asItem == null || asItem.amount() != null || asItem.quantity() != null
				|| asItem.status() != null) {
			return false;
		}
		String folded = MessageText.fold(MessageText.normalize(said)).strip();
		Matcher m = FIRST.matcher(folded);
		if (!m.matches() || !addressed(m.group(1).strip())) {
			return false;
		}
		String rest = m.group(2);
		return Grammar.standard().words(Grammar.Kind.ERRAND).stream().anyMatch(rest::contains);
	}

	/**
	 * 小李, 老王: a word before one letter; 李静, 王建国: a surname before one or two letters;
	 * 张主任, 王副局长: one to three letters before a word.
	 */
	private static boolean addressed(String clause) {
		Grammar grammar = Grammar.standard();
		for (Grammar.Entry e : grammar.entries()) {
			if (e.kind() != Grammar.Kind.ADDRESS) {
				continue;
			}
			String w = Grammar.key(e.word());
			boolean after = e.meaning().equals("after");
			String name = !after ? (clause.startsWith(w) ? clause.substring(w.length()) : null)
					: (clause.endsWith(w) ? clause.substring(0, clause.length() - w.length()) : null);
			int longest = after ? 3 : e.meaning().equals("surname") ? 2 : 1;
			if (name != null
					&& name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
					&& name.length() >= 1 && name.length() <= longest) {
				return true;
			}
		}
		return false;
	}

}
