package dev.baton.integrations.state;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link SharedState} in this process's memory, for the embedded default and
 * single-instance deployments. Expired entries are dropped when read and swept every few
 * thousand writes, so memory follows live entries.
 */
public final class InProcessSharedState implements SharedState {

	private static final int WRITES_BETWEEN_SWEEPS = 4096;

	private final Clock clock;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Map<String, java.util.ArrayDeque<Grant>> windows = new ConcurrentHashMap<>();

	private final AtomicInteger writes = new AtomicInteger();

	public InProcessSharedState() {
		this(Clock.systemUTC());
	}

	public InProcessSharedState(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Optional<String> get(String key) {
		long now = clock.millis();
		Entry entry = entries.get(key);
		if (entry == null) {
			return Optional.empty();
		}
		if (entry.expiredAt(now)) {
			entries.remove(key, entry);
			return Optional.empty();
		}
		return Optional.of(entry.value());
	}

	@Override
	public void put(String key, String value, Duration ttl) {
		entries.put(key, new Entry(value, expiry(ttl)));
		afterWrite();
	}

	@Override
	public boolean putIfAbsent(String key, String value, Duration ttl) {
		long now = clock.millis();
		Entry fresh = new Entry(value, expiry(ttl));
		boolean[] stored = { false };
		entries.compute(key, (k, current) -> {
			if (current == null || current.expiredAt(now)) {
				stored[0] = true;
				return fresh;
			}
			return current;
		});
		afterWrite();
		return stored[0];
	}

	@Override
	public boolean delete(String key) {
		boolean window = windows.remove(key) != null;
		Entry removed = entries.remove(key);
		return window || removed != null && !removed.expiredAt(clock.millis());
	}

	@Override
	public Duration acquire(String bucket, RateLimit limit, int permits) {
		requirePermits(limit, permits);
		long now = clock.millis();
		long[] waitMillis = { 0 };
		buckets.compute(bucket, (k, current) -> {
			double tokens = current == null ? limit.capacity() : Math.min(limit.capacity(),
					current.tokens() + Math.max(0, now - current.updatedAt()) * limit.refillPerMilli());
			if (tokens >= permits) {
				return new Bucket(tokens - permits, now, limit.period().toMillis());
			}
			waitMillis[0] = (long) Math.ceil((permits - tokens) / limit.refillPerMilli());
			return new Bucket(tokens, now, limit.period().toMillis());
		});
		return Duration.ofMillis(waitMillis[0]);
	}

	@Override
	public java.util.List<Duration> acquireEach(java.util.List<String> buckets, RateLimit limit) {
		return buckets.stream().map(bucket -> acquire(bucket, limit, 1)).toList();
	}

	@Override
	public Duration acquireInWindow(String key, int limit, Duration window, int permits) {
		return acquireInWindow(key, limit, window, permits, java.util.UUID.randomUUID().toString());
	}

	@Override
	public Duration acquireInWindow(String key, int limit, Duration window, int permits, String grant) {
		requireWindow(limit, window, permits);
		long now = clock.millis();
		long windowMillis = window.toMillis();
		long[] waitMillis = { 0 };
		windows.compute(key, (k, grants) -> {
			java.util.ArrayDeque<Grant> kept = grants == null ? new java.util.ArrayDeque<>() : grants;
			while (!kept.isEmpty() && kept.peekFirst().at() <= now - windowMillis) {
				kept.pollFirst();
			}
			long used = kept.stream().mapToLong(Grant::permits).sum();
			if (used + permits <= limit) {
				kept.addLast(new Grant(now, permits, grant));
				return kept;
			}
			long freed = 0;
			for (Grant earlier : kept) {
				freed += earlier.permits();
				if (used - freed + permits <= limit) {
					waitMillis[0] = Math.max(1, earlier.at() + windowMillis - now + 1);
					break;
				}
			}
			return kept;
		});
		return Duration.ofMillis(waitMillis[0]);
	}

	@Override
	public void recountInWindow(String key, String grant, int permits, Duration window) {
		requireWindow(permits, window, permits);
		long now = clock.millis();
		windows.compute(key, (k, grants) -> {
			java.util.ArrayDeque<Grant> kept = grants == null ? new java.util.ArrayDeque<>() : grants;
			kept.removeIf(g -> g.id().equals(grant));
			// the latest moment of all: the grants stay in the order they leave the
			// window
			kept.addLast(new Grant(now, permits, grant));
			return kept;
		});
	}

	/** A grant of a sliding window: when it counts from, how many, its name. */
	private record Grant(long at, int permits, String id) {
	}

	static void requireWindow(int limit, Duration window, int permits) {
		if (window == null || window.toMillis() <= 0) {
			throw new IllegalArgumentException("a window is at least 1 ms: " + window);
		}
		if (permits <= 0 || permits > limit) {
			throw new IllegalArgumentException("permits must be between 1 and the limit " + limit + ": " + permits);
		}
	}

	@Override
	public String describe() {
		return "in-process";
	}

	static void requirePermits(RateLimit limit, int permits) {
		if (permits <= 0 || permits > limit.capacity()) {
			throw new IllegalArgumentException(
					"permits must be between 1 and the capacity " + limit.capacity() + ": " + permits);
		}
	}

	private long expiry(Duration ttl) {
		if (ttl == null || ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("every shared entry needs a positive time to live: " + ttl);
		}
		return clock.millis() + ttl.toMillis();
	}

	private void afterWrite() {
		if (writes.incrementAndGet() % WRITES_BETWEEN_SWEEPS == 0) {
			long now = clock.millis();
			entries.entrySet().removeIf(e -> e.getValue().expiredAt(now));
			// a bucket left alone for a whole period is full again: forgetting it changes
			// nothing
			buckets.values().removeIf(b -> now - b.updatedAt() >= b.periodMillis());
			windows.values().removeIf(java.util.ArrayDeque::isEmpty);
		}
	}

	private record Entry(String value, long expiresAt) {

		boolean expiredAt(long now) {
			return now >= expiresAt;
		}

	}

	private record Bucket(double tokens, long updatedAt, long periodMillis) {
	}

}
