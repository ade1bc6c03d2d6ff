package dev.baton.integrations.chat;

/**
 * A callback that must not be acted on: bad signature, stale timestamp, wrong corp,
 * malformed or oversized body. {@code status} is the HTTP status to answer; nothing has
 * been changed when this is thrown.
 */
public class CallbackRejected extends RuntimeException {

	private final int status;

	public CallbackRejected(int status, String reason) {
		super(reason);
		this.status = status;
	}

	public CallbackRejected(int status, String reason, Throwable cause) {
		super(reason, cause);
		this.status = status;
	}

	public int status() {
		return status;
	}

}
