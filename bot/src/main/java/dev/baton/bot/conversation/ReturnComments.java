package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reviewer's return, split into what concerns each item and a general remark: "退回 第2项
 * 请附对账单；第3项 金额有误" → {2: 请附对账单, 3: 金额有误}. An item's comment starts where the item is named
 * at the start of the comment or of a clause (after ；，。 as people write them); an item
 * named inside a sentence is part of the words, never a cut ("与第9项运维费是否为同一笔欠款？" is the
 * comment of the item returned, whole: #12 newcomer 3). Items named together
 * ("第16项和第9项好像是同一笔钱，重复了吧？") share the comment, said as it was, names and all. The item
 * named first (read by the grammar as the command's number) keeps its words even when
 * more items follow; numbers may be written "第三项".
 *
 * @param general what concerns no one item (empty if everything was said per item)
 * @param items the comment on each item, in the order given
 */
record ReturnComments(String general, Map<Integer, String> items) {

	private static final String NUMBER = "(\\d{1,4}|[零〇一二两三四五六七八九十百]{1,6})";

	private static final Pattern ITEM = Pattern.compile("第\\s*" + NUMBER + "\\s*[项条]\\s*[:：,，]?\\s*");

	private static final String SEPARATORS = "[\\s；;，,。.:：]+";

	/**
	 * What may stand before an item that starts a comment: the start, or the end of a
	 * clause.
	 */
	private static final Pattern CLAUSE_END = Pattern.compile("(?:^|[；;，,。.!！?？、\\n])\\s*$");

	/** What joins items named together: 第16项和第9项 / 第2项、第3项. */
	private static final Pattern JOIN = Pattern.compile("\\s*(?:和|与|及|以及|、|跟|同|还有)\\s*");

	/**
	 * A comment that goes on from the item returned: joining another item to it
	 * ("和第9项好像是同一笔钱…") or saying what of it ("的金额是不是少了？").
	 */
	private static final Pattern GOES_ON = Pattern.compile("^(?:的|(?:和|与|及|以及|、|跟|同)\\s*第\\s*" + NUMBER + "\\s*[项条])");

	/**
	 * The words that say "return" rather than why (newcomer 2: "有问题，退回。第9项…" kept 退回 as
	 * the overall remark): at either end of the remark they go, so a remark of nothing
	 * but them is none.
	 */
	private static final String WORDS = "(?:有问题|不通过|不同意|" + ReturnSaid.PHRASE + ")";

	private static final Pattern COMMAND_WORDS = Pattern
		.compile("^(?:" + WORDS + "(?:[\\s；;，,。.:：!！]+|$))+|(?:" + "[\\s；;，,。.:：]+" + WORDS + ")+[。.!！]?$");

	/**
	 * The words that return said in a clause of their own at either end of an item's
	 * comment ("余额要附银行对账单，先退回去", newcomer 23, finding 5): the instruction, not the
	 * comment; they go.
	 */
	private static final Pattern RETURN_WORDS = Pattern.compile("^(?:" + ReturnSaid.PHRASE
			+ "(?:[\\s；;，,。.:：!！]+|$))+|(?:" + "[\\s；;，,。.:：]+" + ReturnSaid.PHRASE + ")+[。.!！]?$");

	/**
	 * The comment said with the return ("退回 第2项 请附对账单；第3项 金额有误"; "第16项和第9项好像是同一笔钱…" read
	 * as item 16 and "和第9项好像…": both items, one comment, said as it was; "第3项的金额…": item
	 * 3's, as said). Items named only inside a sentence, with none named at its start
	 * ("请核实第3项的金额"), each get the whole comment.
	 */
	/** The same comments, each as {@code said} gives it (as the reviewer wrote it). */
	ReturnComments as(java.util.function.UnaryOperator<String> said) {
		Map<Integer, String> each = new LinkedHashMap<>();
		items.forEach((seq, words) -> each.put(seq, said.apply(words)));
		return new ReturnComments(said.apply(general), each);
	}

	static ReturnComments of(Integer number, String comment) {
		String text = comment == null ? "" : comment.strip();
		if (number != null && GOES_ON.matcher(text).lookingAt()) {
			return split("第" + number + "项" + text, null);
		}
		return split(text, number);
	}

	/**
	 * The reason Baton asked for after "第16项有问题": item 16's, whole, whatever items it
	 * mentions ("与第9项运维费是否为同一笔 欠款？"); an item named at the start of a clause of its own
	 * starts that item's comment ("请补充合同；第17项 金额不对").
	 */
	static ReturnComments answering(Integer number, String comment) {
		return split(comment == null ? "" : comment.strip(), number);
	}

	/** The items a message names anywhere, in order, each once ("第16项和第9项…" → 16, 9). */
	static List<Integer> named(String text) {
		List<Integer> out = new ArrayList<>();
		Matcher m = ITEM.matcher(text == null ? "" : text);
		while (m.find()) {
			Integer seq = value(m.group(1));
			if (!out.contains(seq)) {
				out.add(seq);
			}
		}
		return out;
	}

	/** Items named together, and where their comment is. */
	private static final class Group {

		final int start;

		int headsEnd;

		final List<Integer> seqs = new ArrayList<>();

		Group(int start, int headsEnd, int seq) {
			this.start = start;
			this.headsEnd = headsEnd;
			this.seqs.add(seq);
		}

	}

	private static ReturnComments split(String text, Integer number) {
		List<Group> groups = new ArrayList<>();
		Matcher m = ITEM.matcher(text);
		int lastEnd = -1;
		while (m.find()) {
			Integer seq = value(m.group(1));
			boolean joined = lastEnd >= 0 && JOIN.matcher(text.substring(lastEnd, m.start())).matches();
			if (joined) {
				Group g = groups.get(groups.size() - 1);
				g.seqs.add(seq);
				g.headsEnd = m.end();
				lastEnd = m.end();
			}
			else if (CLAUSE_END.matcher(text.substring(0, m.start())).find()) {
				groups.add(new Group(m.start(), m.end(), seq));
				lastEnd = m.end();
			}
			else {
				lastEnd = -1; // named inside a sentence: part of the words
			}
		}
		Map<Integer, String> items = new LinkedHashMap<>();
		for (int i = 0; i < groups.size(); i++) {
			Group g = groups.get(i);
			int end = i + 1 < groups.size() ? groups.get(i + 1).start : text.length();
			// items named together keep their names in the comment ("第16项和第9项好像是同一笔钱"),
			// unless the return itself follows them ("第1项、第3项要退回：…", newcomer 24,
			// finding 5): then they are what is returned, and the reason is what follows
			boolean asSaid = (g.seqs.size() > 1 && !ReturnSaid.atStart(text.substring(g.headsEnd)))
					|| text.startsWith("的", g.headsEnd);
			String words = asSaid ? text.substring(g.start, end) : text.substring(g.headsEnd, end);
			for (Integer seq : g.seqs) {
				put(items, seq, words);
			}
		}
		String lead = trim(COMMAND_WORDS.matcher(trim(groups.isEmpty() ? text : text.substring(0, groups.get(0).start)))
			.replaceAll(""));
		if (number == null && groups.isEmpty() && !lead.isEmpty()) {
			for (Integer seq : named(text)) {
				items.put(seq, lead); // "请核实第3项的金额": about item 3, whole
			}
			if (!items.isEmpty()) {
				return new ReturnComments("", items);
			}
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

	/** Whether nothing was said: no remark, no comment on any item. */
	boolean empty() {
		return general.isBlank() && items.isEmpty();
	}

	private static void put(Map<Integer, String> items, Integer seq, String words) {
		String said = trim(RETURN_WORDS.matcher(trim(words)).replaceAll(""));
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
