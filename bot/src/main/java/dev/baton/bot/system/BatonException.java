package dev.baton.bot.system;

import java.util.Arrays;

/**
 * A refusal a user can cause, with a message key in {@code messages*.properties} (zh-CN
 * first, en) and its arguments, so chat and HTTP can each say it in the reader's
 * language. {@link #getMessage()} is English, for logs.
 */
public abstract class BatonException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	protected BatonException(String messageKey, String englishMessage, Object... arguments) {
		super(englishMessage);
		this.messageKey = messageKey;
		// numbers as plain text: MessageFormat would group an id or a year ("12,345",
		// "2,027")
		this.arguments = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + messageKey + " " + Arrays.toString(arguments) + "]: " + getMessage();
	}

}
