package dev.baton.integrations.state;

import java.time.Duration;

/**
 * A token-bucket limit: at most {@code capacity} at once, refilled at {@code capacity}
 * per {@code period}. For example 20 calls a second is
 * {@code new RateLimit(20, Duration.ofSeconds(1))}.
 */
public record RateLimit(int capacity, Duration period) {

	public RateLimit {
		if (capacity <= 0) {
			throw new IllegalArgumentException("capacity must be positive: " + capacity);
		}
		if (period == null || period.toMillis() <= 0) {
			throw new IllegalArgumentException("period must be at least 1 ms: " + period);
		}
	}

	/** Tokens added per millisecond. */
	double refillPerMilli() {
		return (double) capacity / period.toMillis();
	}

}
