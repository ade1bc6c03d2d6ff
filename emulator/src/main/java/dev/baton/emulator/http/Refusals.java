package dev.baton.emulator.http;

import java.util.function.Supplier;

/**
 * How one platform (and API family) says no at the call gate: the app's or the corp's
 * rate is exceeded, the API's global rate is exceeded, too many concurrent calls, the
 * org's monthly quota is used up. Each answer is made fresh for every refusal.
 */
public record Refusals(Supplier<ApiError> appRate, Supplier<ApiError> corpRate, Supplier<ApiError> globalRate,
		Supplier<ApiError> concurrency, Supplier<ApiError> monthly) {

	/** Only a per-app rate (the answer of the older call sites). */
	public static Refusals appRateOnly(ApiError throttled) {
		Supplier<ApiError> same = () -> new ApiError(throttled.httpStatus(), throttled.code(), throttled.getMessage());
		return new Refusals(same, same, same, same, same);
	}
}
