package dev.baton.emulator.limit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts events per key in sliding windows: an event is admitted only if every limit
 * still has room, and only admitted events count. The window is strict: no more than
 * {@code count} admitted events in any interval of the window's length. A limit with a
 * block refuses the key for that long once it was exceeded.
 */
final class SlidingWindowCounter {

	private final Map<String, TimeSeries> events = new HashMap<>();

	private final Map<String, Long> blockedUntil = new HashMap<>();

	synchronized boolean tryAcquire(String key, long nowMillis, List<RateLimit> limits) {
		if (limits.isEmpty()) {
			return true;
		}
		Long blocked = blockedUntil.get(key);
		if (blocked != null) {
			if (blocked > nowMillis) {
				return false;
			}
			blockedUntil.remove(key);
		}
		long longest = limits.stream().mapToLong(l -> l.window().toMillis()).max().orElse(0);
		TimeSeries times = events.computeIfAbsent(key, k -> new TimeSeries());
		times.dropUpTo(nowMillis - longest);
		for (RateLimit limit : limits) {
			int inWindow = times.countAfter(nowMillis - limit.window().toMillis());
			if (inWindow >= limit.count()) {
				if (!limit.block().isZero()) {
					blockedUntil.merge(key, nowMillis + limit.block().toMillis(), Math::max);
				}
				return false;
			}
		}
		times.add(nowMillis);
		return true;
	}

	/**
	 * Counts {@code n} events at once (recipients of one call); false, counting none,
	 * when they do not all fit.
	 */
	synchronized boolean tryAcquire(String key, long nowMillis, List<RateLimit> limits, int n) {
		for (int i = 0; i < n; i++) {
			if (!tryAcquire(key, nowMillis, limits)) {
				TimeSeries times = events.get(key);
				for (int j = 0; j < i && times != null; j++) {
					times.removeLast();
				}
				return false;
			}
		}
		return true;
	}

	synchronized void clear() {
		events.clear();
		blockedUntil.clear();
	}

}
