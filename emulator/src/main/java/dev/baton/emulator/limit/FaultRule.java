package dev.baton.emulator.limit;

import dev.baton.emulator.Api;
import dev.baton.emulator.Platform;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault applied to calls of some APIs (all APIs of a platform, or all APIs) at a rate,
 * optionally only a number of times.
 */
public final class FaultRule {

	private final Set<Api> apis;

	private final Platform platform;

	private final Fault fault;

	private final double rate;

	private final AtomicInteger remaining;

	private final AtomicInteger triggered = new AtomicInteger();

	private final AtomicInteger spared;

	FaultRule(Set<Api> apis, Platform platform, Fault fault, double rate, int times) {
		this(apis, platform, fault, rate, times, 0);
	}

	FaultRule(Set<Api> apis, Platform platform, Fault fault, double rate, int times, int spare) {
		if (rate < 0 || rate > 1) {
			throw new IllegalArgumentException("a rate is between 0 and 1: " + rate);
		}
		this.apis = Set.copyOf(apis);
		this.platform = platform;
		this.fault = fault;
		this.rate = rate;
		this.remaining = new AtomicInteger(times);
		this.spared = new AtomicInteger(spare);
	}

	boolean matches(Api api) {
		return (apis.isEmpty() || apis.contains(api)) && (platform == null || platform == api.platform());
	}

	/**
	 * Decides whether this rule fires for one call; {@code draw} is a uniform number in
	 * [0, 1).
	 */
	boolean fires(double draw) {
		if (spared.get() > 0 && spared.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0) {
			return false;
		}
		if (draw >= rate) {
			return false;
		}
		if (remaining.get() >= 0 && remaining.getAndUpdate(n -> n > 0 ? n - 1 : n) <= 0) {
			return false;
		}
		triggered.incrementAndGet();
		return true;
	}

	public Fault fault() {
		return fault;
	}

	public double rate() {
		return rate;
	}

	/** How often this rule has fired. */
	public int triggered() {
		return triggered.get();
	}

}
