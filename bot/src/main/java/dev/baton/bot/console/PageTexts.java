package dev.baton.bot.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.TimeSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the console's pages say besides their templates: a refusal in the reader's
 * language (the same text chat and the API say), and instants as the units read them
 * (Beijing time, to the minute). Templates reach it as {@code fmt}.
 */
@Component("consoleTexts")
public class PageTexts {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final TimeSource time;

	PageTexts(MessageSource messages, TimeSource time) {
		this.messages = messages;
		this.time = time;
	}

	/**
	 * A refusal as a page says it: the console's own text ({@code <key>.console}) where
	 * chat's text tells what to reply (回复“进度 1”), else the text chat and the API say.
	 */
	public String refusal(BatonException refusal) {
		String console = messages.getMessage(refusal.messageKey() + CONSOLE, refusal.arguments(), null,
				LocaleContextHolder.getLocale());
		return console != null ? console : messages.getMessage(refusal.messageKey(), refusal.arguments(),
				refusal.getMessage(), LocaleContextHolder.getLocale());
	}

	/**
	 * The suffix of a refusal's console variant (newcomer 12: no chat commands on a
	 * page).
	 */
	public static final String CONSOLE = ".console";

	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/** What an audit row records, in words (an unknown kind reads "other record"). */
	public String action(String code) {
		String said = messages.getMessage("supervision.action." + code, null, null, LocaleContextHolder.getLocale());
		return said != null ? said
				: messages.getMessage("supervision.action.other", null, "", LocaleContextHolder.getLocale());
	}

	/**
	 * An amount as chat and the documents write it: 850,000.00元 (another currency: USD
	 * 1,200.00); empty for none.
	 */
	public String money(String amount, String currency) {
		if (amount == null || amount.isBlank()) {
			return "";
		}
		String grouped = dev.baton.bot.checklist.Money.grouped(new java.math.BigDecimal(amount.strip()));
		boolean yuan = currency == null || "CNY".equals(currency);
		return yuan ? text("supervision.yuan", grouped) : currency + " " + grouped;
	}

	/**
	 * An open step as people name it: 联合审核（组织部门）, 签字（离任干部）, 推进计划步骤1.2 — the kind with
	 * what it is for (a review's department, a signature's capacity, a plan step's
	 * number).
	 */
	public String step(Object kind, String subject) {
		return heading(stepInSentence(kind, subject));
	}

	/**
	 * A step as {@link #step} names it, inside a sentence: in lower case where the
	 * language has one (an audit row's 延期 line; newcomer 21, finding 8).
	 */
	public String stepInSentence(Object kind, String subject) {
		String named = text("label." + kind);
		if (subject == null || subject.isBlank()) {
			return named;
		}
		return switch (String.valueOf(kind)) {
			case "REVIEW", "SIGNING" -> text("supervision.stepFor." + kind, text("label." + subject));
			case "FOLLOW_UP_STEP" -> text("supervision.planStepNo", subject);
			default -> named;
		};
	}

	/**
	 * A handover's state as a page names it on its own (a table cell, a filter's option):
	 * 填写清单中 / Filling the checklist — chat's words, with a capital in English, where they
	 * run inside a sentence in lower case.
	 */
	public String state(Object state) {
		return heading(text("conv.state." + state));
	}

	/**
	 * Why the official leaves, as every page says it: 工作调动; 其他 with the organizer's
	 * words, 其他（借调到省委巡视组） (newcomer 20).
	 */
	public String reason(dev.baton.bot.handover.HandoverReason reason, String note) {
		return reason == null ? "" : reason.say(note, this::text);
	}

	/**
	 * One delivery's status in words ({@link dev.baton.bot.delivery.DeliveryStatus}):
	 * each its own, never one read as another.
	 */
	public String delivery(String status) {
		return text(dev.baton.bot.delivery.DeliveryStatus.valueOf(status).labelKey());
	}

	/** A chat platform as people call it (钉钉, 企业微信, 网页对话), never its code. */
	public String platform(String code) {
		return code == null ? "" : text("supervision.platform." + code);
	}

	/**
	 * Why a message did not go, in the reader's words: Baton's own reasons said in their
	 * language, a platform's answer (its code and words, which nobody here can translate)
	 * said to be the platform's.
	 */
	public String error(String raw) {
		if (raw == null || raw.isBlank()) {
			return "";
		}
		dev.baton.bot.delivery.FailureReasons.Said said = dev.baton.bot.delivery.FailureReasons.read(raw.strip());
		return text("supervision.error." + said.key(), said.arguments());
	}

	/** A text that stands alone on a page, with a capital first letter in English. */
	public String heading(String text) {
		if (text == null || text.isEmpty() || !"en".equals(LocaleContextHolder.getLocale().getLanguage())) {
			return text;
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * A day or a month of an item as the page writes every date, ISO in both languages:
	 * 2026-12-31, 2026-04 (newcomer 22, finding 15: items read 2027年6月30日 beside steps
	 * due 2026-12-16); {@code value} a LocalDate or an ISO day or month; empty for none.
	 */
	public String day(Object value) {
		return value == null ? "" : value.toString().strip();
	}

	/**
	 * A text that a line follows, ended as a sentence: its full stop added unless it ends
	 * in one already (newcomer 22, finding 15: a flag's reason ran 「…起逾期」 into 「逾期期间…」 on
	 * the next line).
	 */
	public String sentence(String text) {
		if (text == null || text.isBlank() || dev.baton.bot.system.SentenceEnds.ends(text.strip())) {
			return text;
		}
		return text + text("supervision.sentenceEnd");
	}

	/** 2026-12-08 10:00, in the units' time zone; empty for none. */
	public String time(Instant instant) {
		return instant == null ? "" : MINUTE.format(instant.atZone(time.zone()));
	}

}
