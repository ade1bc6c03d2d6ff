package dev.baton.emulator.callback;

import java.util.List;

/** Every try of one callback, first to last. */
public record CallbackResult(List<CallbackAttempt> attempts) {

	public CallbackResult {
		attempts = List.copyOf(attempts);
	}

	public CallbackAttempt last() {
		return attempts.get(attempts.size() - 1);
	}

	/** Whether the last try got HTTP 200. */
	public boolean accepted() {
		return last().accepted();
	}

	public int status() {
		return last().status();
	}

	public String body() {
		return last().body();
	}
}
