package dev.baton.bot.conversation.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.baton.bot.checklist.ItemStatus;

/**
 * A status said in everyday words, read by what the words mean rather than matched as a
 * set phrase (#12, newcomer 5, finding 1): a word of how far work has got
 * ({@code status_lead}: 还在 / 已经 / 还没) right before a verb of work ({@code work}: 推 / 编 /
 * 施工 / 付), with or without an ending ({@code status_end}: 完 / 成 / 清). 还在推 and 正在办 are
 * under way; 已经编完了, 已经建成 and 已通过 are done, but 已拨付210万 says no status (a part paid) and
 * 已开工 is under way; 还没付 and 尚未开工 have not begun, but 还没付清 with its ending says neither.
 * What is left of work almost done ({@code remaining}: 就差验收) is under way too. The words
 * all come from the grammar file.
 */
final class StatusPhrases {

	/**
	 * A status said, where.
	 *
	 * @param start where its words start in the text
	 * @param end where they end (with the particles after them: 了, 的)
	 * @param status what they say
	 * @param kept whether the words say more than the status model holds (还没付: unpaid;
	 * 就差验收: what is left) and stay in the item's 说明
	 */
	record Found(int start, int end, ItemStatus status, boolean kept, boolean begun) {

		Found(int start, int end, ItemStatus status, boolean kept) {
			this(start, end, status, kept, false);
		}

	}

	private final Pattern phrase;

	private final Pattern remaining;

	private final Map<String, ItemStatus> leads;

	private final Map<String, String> verbs;

	StatusPhrases(Grammar grammar) {
		this.leads = grammar.entries()
			.stream()
			.filter(e -> e.kind() == Grammar.Kind.STATUS_LEAD)
			.collect(Collectors.toMap(e -> Grammar.key(e.word()), e -> ItemStatus.valueOf(e.meaning()), (a, b) -> a));
		this.verbs = grammar.entries()
			.stream()
			.filter(e -> e.kind() == Grammar.Kind.WORK)
			.collect(Collectors.toMap(e -> Grammar.key(e.word()), Grammar.Entry::meaning, (a, b) -> a));
		this.phrase = Pattern.compile("(" + alternatives(grammar.words(Grammar.Kind.STATUS_LEAD)) + ")\\s*("
				+ alternatives(grammar.words(Grammar.Kind.WORK)) + ")("
				+ alternatives(grammar.words(Grammar.Kind.STATUS_END)) + ")?(?:了|的|啦|呢|着)*");
		this.remaining = Pattern
			.compile("(?:" + alternatives(grammar.words(Grammar.Kind.REMAINING)) + ")[^,，;；。!！?？]*");
	}

	private static String alternatives(List<String> words) {
		return words.isEmpty() ? "(?!)" : words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}

	/**
	 * The statuses said in the folded text (words that say none, 没办法, already blanked),
	 * in order.
	 */
	List<Found> in(String folded) {
		List<Found> found = new ArrayList<>();
		Matcher m = phrase.matcher(folded);
		while (m.find()) {
			ItemStatus lead = leads.get(m.group(1));
			String verb = verbs.getOrDefault(m.group(2), "");
			// after a verb of starting an ending is the start of what was started
			// (还没开始清算: 清 is no 付清)
			boolean ended = m.group(3) != null && !verb.equals("start");
			ItemStatus said = switch (lead) {
				case IN_PROGRESS, ON_HAND -> lead;
				case DONE -> ended || verb.equals("outcome") ? ItemStatus.DONE
						: verb.equals("start") ? ItemStatus.IN_PROGRESS : null;
				case NOT_STARTED -> ended || verb.equals("outcome") ? null : ItemStatus.NOT_STARTED;
			};
			if (said != null) {
				found.add(new Found(m.start(), m.end(), said, said == ItemStatus.NOT_STARTED && verb.equals("pay"),
						verb.equals("start")));
			}
		}
		Matcher left = remaining.matcher(folded);
		while (left.find()) {
			found.add(new Found(left.start(), left.end(), ItemStatus.IN_PROGRESS, true));
		}
		found.sort(java.util.Comparator.comparingInt(Found::start));
		return found;
	}

	/**
	 * Whether the whole of the folded text is one status said ("还在推", "已经编完了"): that
	 * status, else null.
	 */
	ItemStatus whole(String folded) {
		List<Found> found = in(folded);
		if (found.size() != 1 || found.get(0).start() != 0) {
			return null;
		}
		Found one = found.get(0);
		// "还没开始清算" / "已经开始施工" (#12, newcomer 6): a verb of starting, then what was (not)
		// started
		boolean begunWhat = one.begun() && BEGUN_WHAT.matcher(folded.substring(one.end())).matches();
		return one.end() == folded.length() || begunWhat ? one.status() : null;
	}

	/**
	 * Whether the whole of the folded text says work begun and not finished (#12,
	 * newcomer 20, finding 2: 还没干完, 没施工完, 尚未修完): a not-yet lead, a verb of work (not of
	 * an outcome or of starting), and an ending of finishing (完 / 完成 / 完工 / 完毕), with
	 * particles. Said right after an item, it is 推进中, as the grammar's {@code unfinished}
	 * words are; 还没付清 and 还没建成 say neither.
	 */
	boolean unfinished(String folded) {
		Matcher m = phrase.matcher(folded.strip());
		if (!m.matches() || leads.get(m.group(1)) != ItemStatus.NOT_STARTED || m.group(3) == null
				|| !m.group(3).startsWith("完")) {
			return false;
		}
		String verb = verbs.getOrDefault(m.group(2), "");
		return !verb.equals("outcome") && !verb.equals("start");
	}

	/**
	 * What is started, after a verb of starting: a verb of a few letters (清算, 施工), with a
	 * particle.
	 */
	private static final Pattern BEGUN_WHAT = Pattern.compile("\\p{IsHan}{1,4}?(?:了|的|呢)?");

}
