package dev.baton.bot.discipline;

import java.time.LocalDate;
import java.util.Locale;

import dev.baton.bot.directory.Department;
import dev.baton.bot.policy.WaitingStepKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reason of a discipline flag in words (#15), said when it is raised: which return
 * and its comments (交接不清), which ruling corrected what (交接不实), which step went overdue
 * and since when (久拖不交, 交后不理). Kept as said, so the documents, the ledger and the console
 * read the same words whatever the bundles say later.
 */
@Component
public class FlagReasons {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final Locale EN = Locale.ENGLISH;

	/**
	 * The most characters of a reason: long comments are cut with an ellipsis (the record
	 * keeps them whole).
	 */
	static final int MAX = 1000;

	/** The most characters of a progress note quoted in a notice. */
	static final int NOTE_MAX = 60;

	private final MessageSource messages;

	private final dev.baton.bot.system.TimeSource time;

	FlagReasons(MessageSource messages, dev.baton.bot.system.TimeSource time) {
		this.messages = messages;
		this.time = time;
	}

	/**
	 * 交接不清: the return that raised it, by which department in which round, on which day,
	 * with its comments.
	 */
	public FlagReason returned(int round, Department department, String reviewer, LocalDate on, String comments) {
		return new FlagReason(
				say(ZH, "flag.reason.UNCLEAR_HANDOVER", round, say(ZH, "label." + department.name()), reviewer,
						date(on, ZH), cut(comments)),
				say(EN, "flag.reason.UNCLEAR_HANDOVER", round, say(EN, "label." + department.name()), reviewer,
						date(on, EN), cut(comments)));
	}

	/**
	 * 交接不实: the ruling that corrected the departing official's statement of item
	 * {@code seq}, what it wrote ({@code changeZh}, {@code changeEn}: 金额由…更正为…, or empty)
	 * and its note.
	 */
	public FlagReason corrected(int seq, String title, Department ruler, LocalDate on, String changeZh, String changeEn,
			String note) {
		return new FlagReason(
				say(ZH, "flag.reason.UNTRUE_HANDOVER", seq, title, say(ZH, "label." + ruler.name()), date(on, ZH),
						changeZh == null || changeZh.isBlank() ? "" : "，" + changeZh, cut(note)),
				say(EN, "flag.reason.UNTRUE_HANDOVER", seq, title, say(EN, "label." + ruler.name()), date(on, EN),
						changeEn == null || changeEn.isBlank() ? "" : ", " + changeEn, cut(note)));
	}

	/**
	 * 久拖不交, 交后不理: the step, what it is about ({@code aboutZh}: 第3项, 步骤1.2 …), due when,
	 * overdue since.
	 */
	public FlagReason overdue(WaitingStepKind kind, String aboutZh, String aboutEn, LocalDate dueOn) {
		String zh = say(ZH, "label." + kind.name());
		String en = say(EN, "label." + kind.name());
		return new FlagReason(
				say(ZH, "flag.reason.overdue", zh + (aboutZh == null || aboutZh.isBlank() ? "" : "（" + aboutZh + "）"),
						date(dueOn, ZH), date(dueOn.plusDays(1), ZH)),
				say(EN, "flag.reason.overdue", en + (aboutEn == null || aboutEn.isBlank() ? "" : " (" + aboutEn + ")"),
						date(dueOn, EN), date(dueOn.plusDays(1), EN)));
	}

	/**
	 * What was last reported on an overdue plan step, as its 交后不理 notice says it:
	 * 最近一次进展：2026年12月11日报告“补贴已经发了一半了”, or that none was ({@code note} null); a long note
	 * is cut with an ellipsis.
	 */
	public FlagReason lastProgress(String note, java.time.Instant reportedAt) {
		if (note == null) {
			return new FlagReason(say(ZH, "flag.progress.none"), say(EN, "flag.progress.none"));
		}
		String words = note.strip().length() > NOTE_MAX ? note.strip().substring(0, NOTE_MAX) + "…" : note.strip();
		LocalDate on = LocalDate.ofInstant(reportedAt, time.zone());
		return new FlagReason(say(ZH, "flag.progress.last", date(on, ZH), words),
				say(EN, "flag.progress.last", date(on, EN), words));
	}

	private String say(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** 2026年12月1日, 2026-12-01 in English. */
	static String date(LocalDate day, Locale locale) {
		if (day == null) {
			return "";
		}
		return locale == ZH ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
				: day.toString();
	}

	private static String cut(String words) {
		String w = words == null ? "" : words.strip();
		return w.length() <= MAX ? w : w.substring(0, MAX) + "…";
	}

}
