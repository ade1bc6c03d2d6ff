package dev.baton.bot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reviewer's return, split into what concerns each item and a general remark: "退回 第2项 请附对账单；第3项 金额有误"
 * → {2: 请附对账单, 3: 金额有误}. The item named first (read by the grammar as the command's number) keeps its words
 * even when more items follow, and items may be written "第三项" or apart with ；，。 as people do.
 * @param general what concerns no one item (empty if everything was said per item)
 * @param items the comment on each item, in the order given
 */
record ReturnComments(String general, Map<Integer, String> items) {

	private static final String NUMBER = "(\\d{1,4}|[零〇一二两三四五六七八九十百]{1,6})";

	private static final Pattern ITEM = Pattern.compile("第\\s*" + NUMBER + "\\s*[项条]\\s*[:：,，]?\\s*");

	private static final String SEPARATORS = "[\\s；;，,。.:：]+";

	/**
	 * The words that say "return" rather than why (newcomer 2: "有问题，退回。第9项…" kept 退回 as the overall remark):
	 * at either end of the remark they go, so a remark of nothing but them is none.
	 */
	private static final String WORDS = "(?:有问题|不通过|不同意|退回修改|退回|驳回|打回)";

	private static final Pattern COMMAND_WORDS = Pattern.compile("^(?:" + WORDS + "(?:[\\s；;，,。.:：!！]+|$))+|(?:"
			+ "[\\s；;，,。.:：]+" + WORDS + ")+[。.!！]?$");

	static ReturnComments of(Integer number, String comment) {
		String text = comment == null ? "" : comment.strip();
		Map<Integer, String> items = new LinkedHashMap<>();
		Matcher m = ITEM.matcher(text);
		int firstStart = -1;
		Integer current = null;
		int from = 0;
		while (m.find()) {
			if (firstStart < 0) {
				firstStart = m.start();
			}
			else {
				put(items, current, text.substring(from, m.start()));
			}
			current = value(m.group(1));
			from = m.end();
		}
		String lead = trim(COMMAND_WORDS.matcher(trim(firstStart < 0 ? text : text.substring(0, firstStart)))
			.replaceAll(""));
		if (current != null) {
			put(items, current, text.substring(from));
		}
		if (number == null) {
			return new ReturnComments(lead, items);
		}
		Map<Integer, String> withFirst = new LinkedHashMap<>();
		if (!lead.isEmpty()) {
			withFirst.put(number, lead);
		}
		items.forEach(withFirst::putIfAbsent);
		return new ReturnComments("", withFirst);
	}

	private static void put(Map<Integer, String> items, Integer seq, String words) {
		String said = trim(words);
		if (seq != null && !said.isEmpty()) {
			items.merge(seq, said, (a, b) -> a + "；" + b);
		}
	}

	private static String trim(String s) {
		return s.replaceAll("^" + SEPARATORS, "").replaceAll(SEPARATORS + "$", "");
	}

	/** 3, 三, 十二, 二十三, 一百零五. */
	static Integer value(String s) {
		if (s.chars().allMatch(Character::isDigit)) {
			return Integer.valueOf(s);
		}
		int total = 0;
		int digit = -1;
		for (char c : s.toCharArray()) {
			int d = "零〇一二三四五六七八九".indexOf(c);
			if (c == '两') {
				d = 3;
			}
			if (d >= 0) {
				digit = d <= 1 ? 0 : d - 1;
				continue;
			}
			if (c == '十') {
				total += (digit < 0 ? 1 : digit) * 10;
			}
			else if (c == '百') {
				total += (digit < 0 ? 1 : digit) * 100;
			}
			digit = -1;
		}
		return total + Math.max(digit, 0);
	}

}
