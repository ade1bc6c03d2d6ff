package dev.baton.integrations.chat;

/**
 * A platform call failed. {@code transientFailure} says whether trying again later may succeed (busy, throttled,
 * 5xx, timeouts) or not (bad content, unknown recipient, no permission): the dispatcher retries the first and parks
 * the second as a dead letter with {@code code}.
 */
public class PlatformException extends RuntimeException {

	private final Platform platform;

	private final String code;

	private final boolean transientFailure;

	public PlatformException(Platform platform, String code, String message, boolean transientFailure, Throwable cause) {
		super(platform + " " + code + ": " + message, cause);
		this.platform = platform;
		this.code = code;
		this.transientFailure = transientFailure;
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
