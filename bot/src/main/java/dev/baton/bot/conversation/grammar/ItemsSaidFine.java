package dev.baton.bot.conversation.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items said to be fine in one clause: a range ("第2到第6项都没问题", newcomer 23, finding 6), a
 * list or one item ("第2、3项没问题", "第4项可以"), or the rest ("其余都没问题", "其他都可以"). The fine words
 * are the grammar's yes (没问题 / 可以 / 无误 / 同意 …), with 都 before them. The successor's
 * 第2到第6项都没问题 confirms each item of the range; in a reviewer's message the items said fine
 * are never the ones returned (newcomer 24, finding 5).
 */
public final class ItemsSaidFine {

	private static final String N = "([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})";

	/** "第2到第6项", "第2至6项", "2-6项": the first and the last item of a range, then words. */
	private static final Pattern RANGE = Pattern.compile(
			"^(?:第\\s*)?" + N + "\\s*(?:项|条)?\\s*(?:到|至|-|~|—)\\s*(?:第\\s*)?" + N + "\\s*(?:项|条)\\s*[,;:]?\\s*(.+)$");

	/** "第2、3项", "第2项和第3项", "2,3项", "第4项": items named one by one, then words. */
	private static final Pattern LIST = Pattern.compile("^((?:第\\s*)?[0-9零〇一二两三四五六七八九十百]{1,6}(?:\\s*[项条])?"
			+ "(?:\\s*(?:、|,|和|与|及|以及)\\s*(?:第\\s*)?[0-9零〇一二两三四五六七八九十百]{1,6}(?:\\s*[项条])?)*)\\s*[,:]?\\s*(.+)$");

	private static final Pattern NUMBER = Pattern.compile(N);

	/** 都 / 也都 / 全都 said before the yes: 都没问题 is 没问题. */
	private static final String ALL_OF_THEM = "^(?:全都|全部|都|均|也都|也)";

	private final ClauseReader clauses;

	ItemsSaidFine(ClauseReader clauses) {
		this.clauses = clauses;
	}

	/**
	 * What one clause says is fine.
	 *
	 * @param from the first item of a range, or null
	 * @param to the last item of a range, or null
	 * @param items the items named one by one (every item of a range)
	 * @param rest whether it is the items not named otherwise ("其余都没问题")
	 */
	public record Fine(Integer from, Integer to, List<Integer> items, boolean rest) {

		public boolean range() {
			return from != null;
		}

	}

	/** A range said fine ("第2到第6项都没问题"); null for other words or no range (第6到第2项). */
	Fine range(String folded) {
		Matcher m = RANGE.matcher(folded.strip());
		if (!m.matches()) {
			return null;
		}
		Integer from = CommandParser.number(m.group(1));
		Integer to = CommandParser.number(m.group(2));
		if (from == null || to == null || from >= to || !fine(m.group(3).strip())) {
			return null;
		}
		List<Integer> items = new ArrayList<>();
		for (int seq = from; seq <= to; seq++) {
			items.add(seq);
		}
		return new Fine(from, to, items, false);
	}

	/**
	 * What the clause says is fine: a range, items, or the rest; null when it says no
	 * such thing.
	 */
	public Fine in(String clause) {
		if (clause == null || clause.isBlank()) {
			return null;
		}
		String folded = MessageText.fold(MessageText.normalize(clause)).strip();
		Fine range = range(folded);
		if (range != null) {
			return range;
		}
		Matcher list = LIST.matcher(folded);
		if (list.matches() && list.group(1).matches(".*[项条]$") && fine(list.group(2).strip())) {
			List<Integer> items = new ArrayList<>();
			Matcher n = NUMBER.matcher(list.group(1));
			while (n.find()) {
				Integer seq = CommandParser.number(n.group(1));
				if (seq != null && !items.contains(seq)) {
					items.add(seq);
				}
			}
			return items.isEmpty() ? null : new Fine(null, null, items, false);
		}
		Grammar.Meaning said = clauses.read(folded);
		return said != null && said.intent() == Intent.CONFIRM_ALL && !said.tentative()
				? new Fine(null, null, List.of(), true) : null;
	}

	/** Whether the words are a yes: 没问题 / 都可以 / 无误. */
	private boolean fine(String words) {
		Grammar.Meaning said = clauses.read(words);
		if (said == null) {
			said = clauses.read(words.replaceFirst(ALL_OF_THEM, ""));
		}
		return said != null && (said.intent() == Intent.CONFIRM || said.intent() == Intent.CONFIRM_ALL
				|| said.intent() == Intent.APPROVE);
	}

}
