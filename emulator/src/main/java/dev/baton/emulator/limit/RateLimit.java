package dev.baton.emulator.limit;

import java.time.Duration;

/** At most {@code count} events in any sliding window of {@code window}. */
public record RateLimit(int count, Duration window) {

    public RateLimit {
        if (count < 0 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs count >= 0 and a positive window");
        }
    }

    public static RateLimit perSecond(int count) {
        return new RateLimit(count, Duration.ofSeconds(1));
    }

    public static RateLimit perMinute(int count) {
        return new RateLimit(count, Duration.ofMinutes(1));
    }

    public static RateLimit perHour(int count) {
        return new RateLimit(count, Duration.ofHours(1));
    }

    public static RateLimit perDay(int count) {
        return new RateLimit(count, Duration.ofDays(1));
    }
}
