package dev.baton.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import dev.baton.integrations.state.JedisSharedState;
import dev.baton.integrations.state.RateLimit;
import dev.baton.testkit.TestRedis;

/**
 * What validating pooled Redis connections costs (#16: a connection is PINGed when
 * borrowed, so that a Redis restart does not fail the next command on each stale one):
 * the shared state's commands as a chat turn uses them (a read, a write with a time to
 * live, a set-if-absent, a token bucket) on an embedded Redis of its own, {@code rounds}
 * of each after a warm-up, with and without the check, alternated {@code runs} times; the
 * mean and the 99th percentile per command. Run from the repository root with
 * {@code ./mvnw -o -pl bench -am -Pbench-redis -DskipTests verify [-Dbench.rounds=20000] [-Dbench.runs=3]}.
 */
public final class RedisValidationBenchmark {

	private RedisValidationBenchmark() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		TestRedis redis = TestRedis.startOwn();
		try {
			URI url = URI.create(redis.url() + "/1");
			System.out.printf("Redis (embedded, its own) at %s; %d commands of each kind per run%n", redis.url(),
					rounds);
			for (int run = 1; run <= runs; run++) {
				for (boolean validated : new boolean[] { false, true }) {
					try (JedisSharedState state = new JedisSharedState(url, validated)) {
						measure(state, 2_000); // warm-up: the JIT and the pool
						long[] took = measure(state, rounds);
						Arrays.sort(took);
						double mean = Arrays.stream(took).average().orElse(0) / 1000.0;
						System.out.println(String.format(Locale.ROOT,
								"run %d, %-13s mean %6.1f µs, p50 %6.1f µs, p99 %7.1f µs per command", run,
								validated ? "validated:" : "not validated:", mean, took[took.length / 2] / 1000.0,
								took[(int) (took.length * 0.99)] / 1000.0));
					}
				}
			}
		}
		finally {
			redis.close();
		}
	}

	/** Nanoseconds of each command, four kinds in turn. */
	private static long[] measure(JedisSharedState state, int rounds) {
		long[] took = new long[rounds * 4];
		int n = 0;
		for (int i = 0; i < rounds; i++) {
			String key = "bench:" + (i % 500);
			long t = System.nanoTime();
			state.put(key, "dialog-" + i, Duration.ofMinutes(5));
			took[n++] = System.nanoTime() - t;
			t = System.nanoTime();
			state.get(key);
			took[n++] = System.nanoTime() - t;
			t = System.nanoTime();
			state.putIfAbsent("seen:" + i, "1", Duration.ofMinutes(1));
			took[n++] = System.nanoTime() - t;
			t = System.nanoTime();
			state.acquire("bucket", new RateLimit(1_000_000, Duration.ofSeconds(1)), 1);
			took[n++] = System.nanoTime() - t;
		}
		return took;
	}

}
