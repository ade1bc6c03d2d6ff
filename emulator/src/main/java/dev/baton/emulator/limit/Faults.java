package dev.baton.emulator.limit;

import dev.baton.emulator.Api;
import dev.baton.emulator.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Injected faults. Which calls a rule hits is decided by a seeded {@link Random}, so a
 * run with the same seed and the same sequence of calls fails the same calls.
 */
public final class Faults {

	private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

	private final Random random;

	public Faults(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Applies the fault to calls of the given APIs (none given: every API) at
	 * {@code rate}, without end.
	 */
	public FaultRule add(Fault fault, double rate, Api... apis) {
		return add(new FaultRule(Set.of(apis), null, fault, rate, -1));
	}

	/** Applies the fault to every API of a platform at {@code rate}. */
	public FaultRule add(Fault fault, double rate, Platform platform) {
		return add(new FaultRule(Set.of(), platform, fault, rate, -1));
	}

	/**
	 * Applies the fault to the next {@code times} calls of the given APIs (none given:
	 * every API).
	 */
	public FaultRule next(int times, Fault fault, Api... apis) {
		return add(new FaultRule(Set.of(apis), null, fault, 1.0, times));
	}

	/**
	 * Spares the first {@code passing} calls of the given APIs, then applies the fault to
	 * every later one until the rule is removed (e.g. a long delay that holds the rest of
	 * a fan-out in flight).
	 */
	public FaultRule after(int passing, Fault fault, Api... apis) {
		return add(new FaultRule(Set.of(apis), null, fault, 1.0, -1, passing));
	}

	private FaultRule add(FaultRule rule) {
		rules.add(rule);
		return rule;
	}

	public void remove(FaultRule rule) {
		rules.remove(rule);
	}

	public void clear() {
		rules.clear();
	}

	/**
	 * The faults that fire for one call of {@code api}, in the order their rules were
	 * added.
	 */
	public List<Fault> draw(Api api) {
		List<Fault> fired = new ArrayList<>();
		for (FaultRule rule : rules) {
			if (!rule.matches(api)) {
				continue;
			}
			double draw;
			synchronized (random) {
				draw = random.nextDouble();
			}
			if (rule.fires(draw)) {
				fired.add(rule.fault());
			}
		}
		return fired;
	}

}
