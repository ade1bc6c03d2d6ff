package dev.baton.bot.delivery;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: 2 s, 4 s, 8 s… capped at 10 minutes, each drawn from
 * half to all of it.
 */
final class Backoff {

	static final Duration BASE = Duration.ofSeconds(2);

	static final Duration CAP = Duration.ofMinutes(10);

	private final RandomGenerator random;

	Backoff(RandomGenerator random) {
		this.random = random;
	}

	Duration after(int attempt) {
		long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << Math.min(Math.max(attempt - 1, 0), 20));
		return Duration.ofMillis(ceiling / 2 + (long) (random.nextDouble() * (ceiling / 2.0)));
	}

}
