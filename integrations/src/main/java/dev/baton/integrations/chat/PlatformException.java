package dev.baton.integrations.chat;

import java.time.Duration;

/**
 * A platform call failed. {@code transientFailure} says whether trying again later may
 * succeed (busy, throttled, 5xx, timeouts) or not (bad content, unknown recipient, no
 * permission): the dispatcher retries the first and parks the second as a dead letter
 * with {@code code}. {@code retryAfter}, where the platform says how long its refusal
 * lasts (WeCom's 60 s block, DingTalk's 1 s QPS window, 5 minutes of IP ban, the rest of
 * the month), is the earliest a retry can succeed; null leaves the wait to the caller's
 * backoff.
 */
public class PlatformException extends RuntimeException {

	private final Platform platform;

	private final String code;

	private final boolean transientFailure;

	private final Duration retryAfter;

	public PlatformException(Platform platform, String code, String message, boolean transientFailure,
			Throwable cause) {
		this(platform, code, message, transientFailure, null, cause);
	}

	public PlatformException(Platform platform, String code, String message, boolean transientFailure,
			Duration retryAfter, Throwable cause) {
		super(platform + " " + code + ": " + message, cause);
		this.platform = platform;
		this.code = code;
		this.transientFailure = transientFailure;
		this.retryAfter = transientFailure ? retryAfter : null;
	}

	/**
	 * A transient failure whose refusal lasts this long (the wait before a retry can
	 * succeed); null if unknown.
	 */
	public Duration retryAfter() {
		return retryAfter;
	}

	public Platform platform() {
		return platform;
	}

	public String code() {
		return code;
	}

	public boolean isTransient() {
		return transientFailure;
	}

}
