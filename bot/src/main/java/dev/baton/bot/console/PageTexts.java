package dev.baton.bot.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.TimeSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the console's pages say besides their templates: a refusal in the reader's language (the same text chat and
 * the API say), and instants as the units read them (Beijing time, to the minute). Templates reach it as {@code fmt}.
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

	public String refusal(BatonException refusal) {
		return messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.getMessage(),
				LocaleContextHolder.getLocale());
	}

	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/** What an audit row records, in words (an unknown kind reads "other record"). */
	public String action(String code) {
		String said = messages.getMessage("supervision.action." + code, null, null, LocaleContextHolder.getLocale());
		return said != null ? said : messages.getMessage("supervision.action.other", null, "",
				LocaleContextHolder.getLocale());
	}

	/** An amount as chat and the documents write it: 850,000.00元 (another currency: USD 1,200.00); empty for none. */
	public String money(String amount, String currency) {
		if (amount == null || amount.isBlank()) {
			return "";
		}
		String grouped = dev.baton.bot.checklist.Money.grouped(new java.math.BigDecimal(amount.strip()));
		boolean yuan = currency == null || "CNY".equals(currency);
		return yuan ? text("supervision.yuan", grouped) : currency + " " + grouped;
	}

	/**
	 * An open step as people name it: 联合审核（组织部门）, 签字（离任干部）, 推进计划步骤1.2 — the kind with what it is
	 * for (a review's department, a signature's capacity, a plan step's number).
	 */
	public String step(Object kind, String subject) {
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

	/** 2026-12-08 10:00, in the units' time zone; empty for none. */
	public String time(Instant instant) {
		return instant == null ? "" : MINUTE.format(instant.atZone(time.zone()));
	}

}
