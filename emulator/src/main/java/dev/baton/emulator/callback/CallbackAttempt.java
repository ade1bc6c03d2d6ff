package dev.baton.emulator.callback;

import java.time.Duration;

/**
 * One try of a callback.
 *
 * @param status the HTTP status answered, -1 when there was no answer
 * @param timedOut whether the platform gave up waiting
 * @param error the transport failure, null when there was an answer
 */
public record CallbackAttempt(int status, String body, Duration elapsed, boolean timedOut, String error) {

	public boolean accepted() {
		return status == 200;
	}
}
