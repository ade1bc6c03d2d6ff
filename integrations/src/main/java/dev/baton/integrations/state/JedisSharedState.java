package dev.baton.integrations.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * {@link SharedState} in Redis, shared by every Baton instance. Keys carry the
 * {@code baton:} prefix so a Redis shared with other applications stays tidy. Token
 * buckets run as one Lua script on Redis's own clock, so instances with skewed clocks
 * still share one limit.
 */
public final class JedisSharedState implements SharedState, AutoCloseable {

	private static final String PREFIX = "baton:";

	private static final String TOKEN_BUCKETS_SCRIPT = loadScript("token-buckets.lua");

	/**
	 * Buckets per script call of {@link #acquireEach}: Redis runs a script alone, so a
	 * call stays short however many recipients a batch has.
	 */
	static final int BUCKETS_PER_CALL = 1_000;

	private static final String SLIDING_WINDOW_SCRIPT = loadScript("sliding-window.lua");

	private static final String RECOUNT_SCRIPT = loadScript("sliding-window-recount.lua");

	private final RedisClient redis;

	private final String address;

	public JedisSharedState(URI url) {
		this(url, true);
	}

	/**
	 * @param validated whether a pooled connection answers a PING before each command
	 * uses it ({@link #pool(boolean)}); false only to measure what that costs
	 */
	public JedisSharedState(URI url, boolean validated) {
		this.redis = RedisClient.builder().fromURI(url).poolConfig(pool(validated)).build();
		this.address = url.getHost() + ":" + url.getPort();
	}

	/**
	 * Jedis's pool, with each connection validated (a PING) when borrowed: after Redis
	 * restarts (an upgrade, a failover) every pooled connection is dead, and without the
	 * check the first command on each failed and reached a person as an error or a delay.
	 * A dead one is dropped and a new one made at once. (Jedis's pool also checks idle
	 * ones in the background, but only every 30 s.) The PING costs one round trip per
	 * command (BENCHMARKS.md, "Redis: validated connections").
	 */
	static ConnectionPoolConfig pool(boolean validated) {
		ConnectionPoolConfig pool = new ConnectionPoolConfig();
		pool.setTestOnBorrow(validated);
		return pool;
	}

	@Override
	public Optional<String> get(String key) {
		return answered(() -> Optional.ofNullable(redis.get(PREFIX + key)));
	}

	@Override
	public void put(String key, String value, Duration ttl) {
		long millis = positiveMillis(ttl);
		answered(() -> redis.set(PREFIX + key, value, SetParams.setParams().px(millis)));
	}

	@Override
	public boolean putIfAbsent(String key, String value, Duration ttl) {
		long millis = positiveMillis(ttl);
		return "OK".equals(answered(() -> redis.set(PREFIX + key, value, SetParams.setParams().nx().px(millis))));
	}

	@Override
	public boolean delete(String key) {
		return answered(() -> redis.del(PREFIX + key)) > 0;
	}

	@Override
	public Duration acquire(String bucket, RateLimit limit, int permits) {
		InProcessSharedState.requirePermits(limit, permits);
		return buckets(List.of(PREFIX + "bucket:" + bucket), limit, permits).get(0);
	}

	@Override
	public List<Duration> acquireEach(List<String> buckets, RateLimit limit) {
		List<Duration> waits = new java.util.ArrayList<>(buckets.size());
		for (int from = 0; from < buckets.size(); from += BUCKETS_PER_CALL) {
			waits.addAll(buckets(buckets.subList(from, Math.min(from + BUCKETS_PER_CALL, buckets.size()))
				.stream()
				.map(bucket -> PREFIX + "bucket:" + bucket)
				.toList(), limit, 1));
		}
		return waits;
	}

	/** One run of the token-bucket script over these keys. */
	private List<Duration> buckets(List<String> keys, RateLimit limit, int permits) {
		Object answer = answered(
				() -> redis.eval(TOKEN_BUCKETS_SCRIPT, keys, List.of(Integer.toString(limit.capacity()),
						Long.toString(limit.period().toMillis()), Integer.toString(permits))));
		return ((List<?>) answer).stream().map(wait -> Duration.ofMillis((Long) wait)).toList();
	}

	@Override
	public Duration acquireInWindow(String key, int limit, Duration window, int permits) {
		return acquireInWindow(key, limit, window, permits, java.util.UUID.randomUUID().toString());
	}

	@Override
	public Duration acquireInWindow(String key, int limit, Duration window, int permits, String grant) {
		InProcessSharedState.requireWindow(limit, window, permits);
		// the key is the window's own, so delete(key) forgets it
		Object wait = answered(() -> redis.eval(SLIDING_WINDOW_SCRIPT, List.of(PREFIX + key),
				List.of(Integer.toString(limit), Long.toString(window.toMillis()), Integer.toString(permits), grant)));
		return Duration.ofMillis((Long) wait);
	}

	@Override
	public void recountInWindow(String key, String grant, int permits, Duration window) {
		InProcessSharedState.requireWindow(permits, window, permits);
		answered(() -> redis.eval(RECOUNT_SCRIPT, List.of(PREFIX + key),
				List.of(Integer.toString(permits), Long.toString(window.toMillis()), grant)));
	}

	@Override
	public String describe() {
		return "redis " + address;
	}

	/** Round trip to the server; throws if it does not answer. */
	public String ping() {
		return answered(redis::ping);
	}

	/**
	 * Runs a command; Redis not answering (stopped, restarting, out of reach) is
	 * {@link SharedStateUnavailable}.
	 */
	private <T> T answered(java.util.function.Supplier<T> command) {
		try {
			return command.get();
		}
		catch (redis.clients.jedis.exceptions.JedisConnectionException ex) {
			throw new SharedStateUnavailable("redis " + address, ex);
		}
	}

	@Override
	public void close() {
		redis.close();
	}

	private static long positiveMillis(Duration ttl) {
		if (ttl == null || ttl.toMillis() <= 0) {
			throw new IllegalArgumentException("every shared entry needs a positive time to live: " + ttl);
		}
		return ttl.toMillis();
	}

	private static String loadScript(String name) {
		try (InputStream in = JedisSharedState.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
