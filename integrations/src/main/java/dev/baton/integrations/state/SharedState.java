package dev.baton.integrations.state;

import java.time.Duration;
import java.util.Optional;

/**
 * The short-lived state Baton keeps beside its database: dialog state, de-duplication of
 * inbound callbacks, platform access tokens, and rate-limit buckets. In production it
 * lives in Redis and is shared by every instance ({@link JedisSharedState}); the embedded
 * default keeps it in this process ({@link InProcessSharedState}).
 *
 * <p>
 * Every entry expires: nothing here is the record of anything, the database is.
 */
public interface SharedState {

	Optional<String> get(String key);

	/** Stores the value, replacing any earlier one, for {@code ttl}. */
	void put(String key, String value, Duration ttl);

	/**
	 * Stores the value only if the key holds none: the claim behind de-duplication.
	 * @return {@code true} if this call stored it, {@code false} if the key was already
	 * there
	 */
	boolean putIfAbsent(String key, String value, Duration ttl);

	/**
	 * @return {@code true} if the key was there
	 */
	boolean delete(String key);

	/**
	 * Takes {@code permits} tokens from the named token bucket if it holds them. A bucket
	 * starts full and refills evenly at {@code limit.capacity()} tokens per
	 * {@code limit.period()}.
	 * @return {@link Duration#ZERO} if the tokens were taken; otherwise how long until
	 * they will be there (nothing is taken then)
	 */
	Duration acquire(String bucket, RateLimit limit, int permits);

	/**
	 * As {@link #acquire} with one permit, for many buckets of the same limit at once (a
	 * batch's recipients, each with a per-member cap): one round trip instead of one per
	 * bucket. Each bucket is decided on its own, in the order given.
	 * @return for each bucket in order, {@link Duration#ZERO} if its token was taken,
	 * otherwise how long until it will be there
	 */
	java.util.List<Duration> acquireEach(java.util.List<String> buckets, RateLimit limit);

	/**
	 * Grants {@code permits} if the named sliding window then holds at most {@code limit}
	 * in any {@code window}: the exact shape of a platform limit such as DingTalk's 5,000
	 * work-notification recipients in any minute, which a token bucket can only approach
	 * (it cannot grant a whole window at once without risking the next one). A window's
	 * key is an entry of its own: {@link #delete} forgets it.
	 * @return {@link Duration#ZERO} if granted; otherwise how long until enough earlier
	 * grants leave the window (nothing is granted then)
	 */
	Duration acquireInWindow(String key, int limit, Duration window, int permits);

	/**
	 * As {@link #acquireInWindow(String, int, Duration, int)}, the grant named
	 * {@code grant} (unique within the window), so that {@link #recountInWindow} can
	 * count it again from a later moment.
	 */
	Duration acquireInWindow(String key, int limit, Duration window, int permits, String grant);

	/**
	 * Counts the named grant of {@code permits} in the window from now on, as if made now
	 * (or adds it, if it has already left the window). A platform counts a call when the
	 * call arrives, which may be well after the grant (a slow call, a loaded machine, a
	 * file made first): counting the grant again once the call has been answered keeps
	 * the window at least as long as the platform's, whatever the call took.
	 */
	void recountInWindow(String key, String grant, int permits, Duration window);

	/**
	 * Where the state lives, for health and logs: {@code in-process} or the Redis
	 * address.
	 */
	String describe();

}
