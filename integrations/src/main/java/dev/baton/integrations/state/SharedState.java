package dev.baton.integrations.state;

import java.time.Duration;
import java.util.Optional;

/**
 * The short-lived state Baton keeps beside its database: dialog state, de-duplication of inbound callbacks,
 * platform access tokens, and rate-limit buckets. In production it lives in Redis and is shared by every
 * instance ({@link JedisSharedState}); the embedded default keeps it in this process
 * ({@link InProcessSharedState}).
 *
 * <p>Every entry expires: nothing here is the record of anything, the database is.
 */
public interface SharedState {

	Optional<String> get(String key);

	/** Stores the value, replacing any earlier one, for {@code ttl}. */
	void put(String key, String value, Duration ttl);

	/**
	 * Stores the value only if the key holds none: the claim behind de-duplication.
	 * @return {@code true} if this call stored it, {@code false} if the key was already there
	 */
	boolean putIfAbsent(String key, String value, Duration ttl);

	/** @return {@code true} if the key was there */
	boolean delete(String key);

	/**
	 * Takes {@code permits} tokens from the named token bucket if it holds them. A bucket starts full and refills
	 * evenly at {@code limit.capacity()} tokens per {@code limit.period()}.
	 * @return {@link Duration#ZERO} if the tokens were taken; otherwise how long until they will be there
	 * (nothing is taken then)
	 */
	Duration acquire(String bucket, RateLimit limit, int permits);

	/** Where the state lives, for health and logs: {@code in-process} or the Redis address. */
	String describe();

}
