package dev.baton.emulator.record;

import dev.baton.emulator.Api;
import dev.baton.emulator.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything the emulator was asked to do: every API call and every delivery, in order.
 * Thread-safe; every query works on a snapshot.
 */
public final class EmulatorRecord {

	private final List<ApiCall> calls = new ArrayList<>();

	private final List<Delivery> deliveries = new ArrayList<>();

	private long nextCallSeq = 1;

	private long nextDeliverySeq = 1;

	/** Reserves the sequence number of a call that is being handled. */
	public synchronized long nextCallSeq() {
		return nextCallSeq++;
	}

	public synchronized void addCall(ApiCall call) {
		calls.add(call);
		notifyAll();
	}

	public synchronized Delivery addDelivery(DeliveryDraft draft) {
		Delivery delivery = draft.toDelivery(nextDeliverySeq++);
		deliveries.add(delivery);
		notifyAll();
		return delivery;
	}

	public synchronized List<ApiCall> calls() {
		return List.copyOf(calls);
	}

	public List<ApiCall> calls(Api api) {
		return calls().stream().filter(c -> c.api() == api).toList();
	}

	public long callCount(Api api) {
		return calls(api).size();
	}

	/** Calls to {@code api} that succeeded. */
	public long successfulCallCount(Api api) {
		return calls(api).stream().filter(ApiCall::succeeded).count();
	}

	public synchronized List<Delivery> deliveries() {
		return List.copyOf(deliveries);
	}

	public List<Delivery> deliveries(Predicate<Delivery> filter) {
		return deliveries().stream().filter(filter).toList();
	}

	public List<Delivery> deliveries(Platform platform) {
		return deliveries(d -> d.platform() == platform);
	}

	public List<Delivery> deliveriesTo(String recipient) {
		return deliveries(d -> d.recipient().equals(recipient));
	}

	public List<Delivery> deliveries(Outcome outcome) {
		return deliveries(d -> d.outcome() == outcome);
	}

	/**
	 * For each recipient on the platform, how many messages it actually received (outcome
	 * DELIVERED).
	 */
	public Map<String, Long> deliveredCountByRecipient(Platform platform) {
		return deliveries(d -> d.platform() == platform && d.delivered()).stream()
			.collect(Collectors.groupingBy(Delivery::recipient, LinkedHashMap::new, Collectors.counting()));
	}

	/**
	 * Checks that each expected recipient received exactly one delivered message on the
	 * platform matching the filter, and nobody else received one.
	 * @return the problems found, empty when exactly once holds
	 */
	public List<String> exactlyOnceProblems(Platform platform, Collection<String> expectedRecipients,
			Predicate<Delivery> filter) {
		Map<String, Long> counts = deliveries(d -> d.platform() == platform && d.delivered() && filter.test(d)).stream()
			.collect(Collectors.groupingBy(Delivery::recipient, Collectors.counting()));
		List<String> problems = new ArrayList<>();
		Set<String> expected = new TreeSet<>(expectedRecipients);
		for (String recipient : expected) {
			long n = counts.getOrDefault(recipient, 0L);
			if (n != 1) {
				problems.add(recipient + " received " + n + " times");
			}
		}
		new TreeSet<>(counts.keySet()).stream()
			.filter(r -> !expected.contains(r))
			.forEach(r -> problems.add(r + " was not expected but received " + counts.get(r) + " times"));
		return problems;
	}

	/**
	 * Waits until at least {@code count} deliveries match, or the timeout passes; returns
	 * the matches.
	 */
	public synchronized List<Delivery> awaitDeliveries(Predicate<Delivery> filter, int count, Duration timeout)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			List<Delivery> matches = deliveries.stream().filter(filter).toList();
			long left = deadline - System.nanoTime();
			if (matches.size() >= count || left <= 0) {
				return matches;
			}
			wait(Math.max(1, left / 1_000_000), 0);
		}
	}

	/** Forgets every call and delivery (sequence numbers keep counting). */
	public synchronized void clear() {
		calls.clear();
		deliveries.clear();
	}

}
