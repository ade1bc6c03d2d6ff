package dev.baton.bot.conversation;

import java.util.Locale;

import dev.baton.bot.system.BatonException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/** Baton's words for one reader, from the message bundles: zh-CN unless they asked for English. */
final class Texts {

	private final MessageSource messages;

	private final Locale locale;

	Texts(MessageSource messages, boolean english) {
		this.messages = messages;
		this.locale = english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	String get(String key, Object... arguments) {
		Object[] plain = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			// numbers as typed: MessageFormat would write an id or a year as "12,345"
			plain[i] = arguments[i] instanceof Number n ? n.toString() : arguments[i];
		}
		return messages.getMessage(key, plain, locale);
	}

	/** A text that may be missing (a label for a code), or the fallback. */
	String orElse(String key, String fallback) {
		try {
			return messages.getMessage(key, null, locale);
		}
		catch (NoSuchMessageException ex) {
			return fallback;
		}
	}

	String of(BatonException refusal) {
		return messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
	}

	/**
	 * A department as this reader names it, the same way as the notices do (label.AUDIT: 审计部门 / audit department),
	 * never a shorter form beside them (#12, newcomer 2: 已代表财政退回 beside 被财政部门退回).
	 */
	String department(dev.baton.bot.directory.Department d) {
		return get("label." + d.name());
	}

	boolean english() {
		return locale == Locale.ENGLISH;
	}

}
