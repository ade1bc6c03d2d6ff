package dev.baton.emulator.record;

import dev.baton.emulator.Api;
import dev.baton.emulator.Platform;
import java.time.Instant;

/**
 * One HTTP call to the emulator.
 *
 * @param app the calling app's id, null when it could not be told (no or unknown
 * credentials)
 * @param httpStatus the status answered
 * @param code the error answered ({@code errcode} or OpenAPI {@code code}); null on
 * success
 * @param recipients how many recipients the request named
 * @param requestBody the body as received (UTF-8, possibly lossy)
 */
public record ApiCall(long seq, Instant at, Platform platform, Api api, String app, int httpStatus, String code,
		int recipients, String requestBody) {

	public boolean succeeded() {
		return code == null && httpStatus / 100 == 2;
	}
}
