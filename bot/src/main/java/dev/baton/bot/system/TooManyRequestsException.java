package dev.baton.bot.system;

import java.time.Duration;

/**
 * Too many attempts from this client (HTTP 429, with Retry-After); nothing was changed.
 */
public class TooManyRequestsException extends BatonException {

	private final Duration retryAfter;

	public TooManyRequestsException(String messageKey, String englishMessage, Duration retryAfter) {
		super(messageKey, englishMessage, Math.max(1, (retryAfter.toMillis() + 999) / 1000));
		this.retryAfter = retryAfter;
	}

	/**
	 * With the message's own arguments (the refusal says the time left in words, not as
	 * seconds); the wait is still sent as Retry-After.
	 */
	public TooManyRequestsException(String messageKey, String englishMessage, Duration retryAfter,
			Object... arguments) {
		super(messageKey, englishMessage, arguments);
		this.retryAfter = retryAfter;
	}

	/** Whole seconds, at least 1. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
