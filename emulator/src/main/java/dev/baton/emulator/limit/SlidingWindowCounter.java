package dev.baton.emulator.limit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Counts events per key in sliding windows: an event is admitted only if every limit still has room, and only
 * admitted events count. The window is strict: no more than {@code count} admitted events in any interval of the
 * window's length.
 */
final class SlidingWindowCounter {

    private final Map<String, Deque<Long>> events = new HashMap<>();

    synchronized boolean tryAcquire(String key, long nowMillis, List<RateLimit> limits) {
        if (limits.isEmpty()) {
            return true;
        }
        long longest = limits.stream().mapToLong(l -> l.window().toMillis()).max().orElse(0);
        Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= nowMillis - longest) {
            times.pollFirst();
        }
        for (RateLimit limit : limits) {
            long from = nowMillis - limit.window().toMillis();
            int inWindow = 0;
            for (Iterator<Long> it = times.descendingIterator(); it.hasNext(); ) {
                if (it.next() <= from) {
                    break;
                }
                inWindow++;
            }
            if (inWindow >= limit.count()) {
                return false;
            }
        }
        times.addLast(nowMillis);
        return true;
    }

    synchronized void clear() {
        events.clear();
    }
}
