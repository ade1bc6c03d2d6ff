package dev.baton.emulator.limit;

/**
 * Event times in ascending order, with counting by binary search (large windows stay
 * cheap: 150,000 an hour).
 */
final class TimeSeries {

	private long[] times = new long[16];

	private int head;

	private int size;

	private long at(int i) {
		return times[head + i];
	}

	/** Forgets the events at or before {@code millis}. */
	void dropUpTo(long millis) {
		int n = firstAfter(millis);
		head += n;
		size -= n;
	}

	/** How many events lie after {@code millis}. */
	int countAfter(long millis) {
		return size - firstAfter(millis);
	}

	private int firstAfter(long millis) {
		int lo = 0;
		int hi = size;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (at(mid) <= millis) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	void add(long millis) {
		if (head + size == times.length) {
			if (size * 2 < times.length) {
				System.arraycopy(times, head, times, 0, size);
			}
			else {
				long[] grown = new long[Math.max(16, size * 2)];
				System.arraycopy(times, head, grown, 0, size);
				times = grown;
			}
			head = 0;
		}
		int pos = firstAfter(millis);
		System.arraycopy(times, head + pos, times, head + pos + 1, size - pos);
		times[head + pos] = millis;
		size++;
	}

	/** Takes back the latest event. */
	void removeLast() {
		if (size > 0) {
			size--;
		}
	}

}
