package dev.baton.bench.drill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the platforms received against what was owed: each expected recipient (or message
 * key) owed {@code each} messages. Lost: owed and never received; duplicated: received
 * beyond what was owed (the platforms' own de-duplication has already been taken out:
 * only deliveries the emulator recorded as delivered are counted), and anything received
 * by someone who was owed nothing.
 */
public record Tally(long expected, long lost, long duplicated, List<String> problems) {

	public static Tally of(Map<String, Long> received, Collection<String> owed, int each) {
		long lost = 0;
		long duplicated = 0;
		List<String> problems = new ArrayList<>();
		TreeSet<String> expected = new TreeSet<>(owed);
		for (String key : expected) {
			long n = received.getOrDefault(key, 0L);
			if (n < each) {
				lost += each - n;
				problems.add(key + ": " + n + " of " + each + " received");
			}
			else if (n > each) {
				duplicated += n - each;
				problems.add(key + ": " + n + " received, " + each + " owed");
			}
		}
		for (String key : new TreeSet<>(received.keySet())) {
			if (!expected.contains(key) && received.get(key) > 0) {
				duplicated += received.get(key);
				problems.add(key + ": " + received.get(key) + " received, none owed");
			}
		}
		return new Tally((long) expected.size() * each, lost, duplicated, problems);
	}

	public boolean exact() {
		return lost == 0 && duplicated == 0;
	}

}
