package dev.baton.emulator.limit;

import java.time.Duration;

/**
 * At most {@code count} events in any sliding window of {@code window}; once exceeded,
 * the key may stay refused for {@code block} (WeCom doc 90454:
 * "按分钟拦截则被屏蔽60秒，按小时拦截则被屏蔽60分钟"; DingTalk's per-IP limit: banned 5 minutes). A zero block
 * refuses only while the window is full.
 */
public record RateLimit(int count, Duration window, Duration block) {

	public RateLimit {
		if (count < 0 || window.isZero() || window.isNegative()) {
			throw new IllegalArgumentException("a rate limit needs count >= 0 and a positive window");
		}
		if (block == null || block.isNegative()) {
			throw new IllegalArgumentException("a block is zero or positive");
		}
	}

	public RateLimit(int count, Duration window) {
		this(count, window, Duration.ZERO);
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

	/** The same limit, refusing the key for {@code block} once it was exceeded. */
	public RateLimit blockingFor(Duration block) {
		return new RateLimit(count, window, block);
	}
}
