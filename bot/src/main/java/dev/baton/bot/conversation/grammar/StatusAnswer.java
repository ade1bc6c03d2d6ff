package dev.baton.bot.conversation.grammar;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.baton.bot.checklist.ItemStatus;

/**
 * The answer to Baton's own question "第N项目前是什么状态？", in the words people answer it with
 * (#12, newcomer 13, finding 1: 「已经换完了，今年4月」 became a new item titled with the answer).
 * Only read while that question waits, so a verb the grammar does not list is taken as
 * the work the item is about: a {@code status_lead} or none, a verb of one or two letters
 * and a {@code status_end} (已经换完了 / 办完了 / 选好了) is done; a {@code status_lead} of work
 * under way or not begun before a verb (还在筹备 / 还没换) says that; the grammar's own status
 * words and phrases (推进中 / 已完成 / 还在推) as everywhere. A date said with a done status (今年4月
 * / 2026年4月30日) is when it was done. Null when the words say more than that (the next
 * item, most likely) or no status.
 *
 * @param status what the answer says
 * @param when when a done item was done, or null when no date was said
 */
public record StatusAnswer(ItemStatus status, DoneWhen when) {

	/** What may stand around the status and the date, saying nothing more. */
	private static final Pattern AROUND = Pattern
		.compile("已经是|就是|都是|也是|是|于|就|都|也|了|的|啦|呀|吧|啊|呢|哈|嗯|目前|现在|时间|[\\s,;:.。!~、]");

	/**
	 * A verb the grammar may not know, between a lead and an ending; never a word of
	 * "almost" or "not" (快完了 / 没完 / 要完成 say no status).
	 */
	private static final String VERB = "(?:(?![快将要没未不差能会可基])\\p{IsHan}){1,2}?";

	private static final class Patterns {

		private final Pattern done;

		private final Pattern begun;

		Patterns(Grammar g) {
			String doneLeads = leads(g, ItemStatus.DONE);
			String ends = alternatives(g.words(Grammar.Kind.STATUS_END));
			this.done = Pattern.compile("^(?:" + doneLeads + ")?" + VERB + "(?:" + ends + ")$");
			this.begun = Pattern.compile("^(?<lead>" + leads(g, ItemStatus.IN_PROGRESS) + "|"
					+ leads(g, ItemStatus.NOT_STARTED) + ")(?<verb>\\p{IsHan}{1,4})$");
		}

		private static String leads(Grammar g, ItemStatus status) {
			return alternatives(g.entries()
				.stream()
				.filter(e -> e.kind() == Grammar.Kind.STATUS_LEAD && e.meaning().equals(status.name()))
				.map(Grammar.Entry::word)
				.sorted((a, b) -> b.length() - a.length())
				.toList());
		}

		private static String alternatives(List<String> words) {
			return words.isEmpty() ? "(?!)" : words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
		}

	}

	private static volatile Patterns patterns;

	private static Patterns patterns(Grammar g) {
		Patterns p = patterns;
		if (p == null) {
			p = new Patterns(g);
			patterns = p;
		}
		return p;
	}

	/**
	 * The answer {@code message} gives to the status question, or null when it is no such
	 * answer: it names an item (said of that item, read elsewhere), says more than a
	 * status and a date, or a done item's date still to come.
	 */
	public static StatusAnswer read(String message, LocalDate today) {
		if (message == null || EntryTalk.itemNamed(message) != null) {
			return null;
		}
		Grammar g = Grammar.standard();
		String folded = MessageText.fold(MessageText.normalize(message)).strip();
		DoneWhen.Found date = DoneWhen.find(folded, today);
		String words = date == null ? folded : folded.substring(0, date.start()) + " " + folded.substring(date.end());
		String core = AROUND.matcher(words).replaceAll("");
		if (core.isEmpty() || core.length() > 8) {
			return null;
		}
		ItemStatus status = EntryTalk.statusAlone(core);
		if (status == null) {
			status = generic(g, core);
		}
		if (status == null) {
			return null;
		}
		if (date == null) {
			return new StatusAnswer(status, null);
		}
		if (status != ItemStatus.DONE || date.when().after(today)) {
			// a date with work not done is a deadline: the item's edit reads it
			return null;
		}
		return new StatusAnswer(status, date.when());
	}

	private static ItemStatus generic(Grammar g, String core) {
		if (g.words(Grammar.Kind.NOTSTATUS).stream().anyMatch(core::contains)) {
			return null; // 没办完: begun, not done; no status said
		}
		Patterns p = patterns(g);
		Matcher begun = p.begun.matcher(core);
		if (begun.matches()) {
			String verb = begun.group("verb");
			boolean ended = g.words(Grammar.Kind.STATUS_END).stream().anyMatch(verb::endsWith);
			ItemStatus lead = g.entries()
				.stream()
				.filter(e -> e.kind() == Grammar.Kind.STATUS_LEAD && e.word().equals(begun.group("lead")))
				.map(e -> ItemStatus.valueOf(e.meaning()))
				.findFirst()
				.orElse(null);
			// 还没换完: not done, and not "not begun" either; no status said
			return lead == ItemStatus.NOT_STARTED && ended ? null : lead;
		}
		if (g.words(Grammar.Kind.NOT_YET).stream().anyMatch(core::contains)) {
			return null; // 预计月底办完 / 争取下周搞完: not done yet
		}
		return p.done.matcher(core).matches() ? ItemStatus.DONE : null;
	}

}
