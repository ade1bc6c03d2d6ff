package dev.baton.bot.conversation.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items a message names (#12, newcomer 7, finding 1): "第7项" anywhere, or a bare "7号"
 * / "7项" it starts with, in the order said, each once. An item number a person says beats
 * the item in focus: a message that names items is never taken for one about another item
 * unasked.
 */
public final class ItemsNamed {

	private static final String N = "([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})";

	/**
	 * "第7项", "第 七 条", "item 7" (newcomer 20a, finding 7: "item 11 balance is wrong"); not
	 * "第7步" nor "第四次" nor "items 7".
	 */
	private static final Pattern ANYWHERE = Pattern
		.compile("第\\s*" + N + "\\s*[项条]|(?<![a-z])item\\s*(?:no\\.?\\s*|#\\s*)?([0-9]{1,4})(?![0-9.])");

	/** "7号余额不对", "7项不对": a number the message starts with, said as an item's. */
	private static final Pattern LEADING = Pattern.compile("^\\s*(?:对|关于)?\\s*" + N + "\\s*[号项条](?![0-9])");

	private ItemsNamed() {
	}

	public static List<Integer> in(String message) {
		List<Integer> out = new ArrayList<>();
		if (message == null) {
			return out;
		}
		String folded = MessageText.fold(MessageText.normalize(message));
		Matcher lead = LEADING.matcher(folded);
		if (lead.find()) {
			out.add(CommandParser.number(lead.group(1)));
		}
		Matcher m = ANYWHERE.matcher(folded);
		while (m.find()) {
			Integer seq = CommandParser.number(m.group(1) != null ? m.group(1) : m.group(2));
			if (seq != null && !out.contains(seq)) {
				out.add(seq);
			}
		}
		out.removeIf(java.util.Objects::isNull);
		return out;
	}

}
