package dev.baton.bot.system;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rounds of one background worker (the inbox's, the reply lane's, the outbox's),
 * counted as they begin and end, so that whoever must know the worker has nothing left to
 * do can tell without waiting a while: a round that began after a moment and found
 * nothing, with no round in progress, means that everything due at that moment is done.
 * The tests wait on it instead of sleeping.
 */
public final class WorkerRounds {

	/** Where a worker stood at a moment. */
	public record Mark(long begun, long worked) {
	}

	private final AtomicLong begun = new AtomicLong();

	private final AtomicInteger inProgress = new AtomicInteger();

	private final AtomicLong lastIdle = new AtomicLong();

	private final AtomicLong worked = new AtomicLong();

	private final Runnable wake;

	/**
	 * @param wake makes a resting worker begin a round now
	 */
	public WorkerRounds(Runnable wake) {
		this.wake = wake;
	}

	/** A round begins; returns its number, for {@link #end}. */
	public long begin() {
		// counted in progress before it is numbered: a round numbered before a mark is
		// seen in progress after it
		inProgress.incrementAndGet();
		return begun.incrementAndGet();
	}

	/** Round {@code round} ended having found {@code found} things to do (0: nothing). */
	public void end(long round, int found) {
		if (found == 0) {
			lastIdle.accumulateAndGet(round, Math::max);
		}
		else {
			worked.incrementAndGet();
		}
		inProgress.decrementAndGet();
	}

	/** Round {@code round} failed: it counts as work, never as idle. */
	public void failed(long round) {
		end(round, 1);
	}

	public Mark mark() {
		return new Mark(begun.get(), worked.get());
	}

	/**
	 * Whether a round that began after {@code mark} found nothing and no round is in
	 * progress now.
	 */
	public boolean idleSince(Mark mark) {
		return inProgress.get() == 0 && lastIdle.get() > mark.begun();
	}

	/** Rounds that found work (or failed) so far. */
	public long worked() {
		return worked.get();
	}

	/** Makes a resting worker begin a round now rather than at the end of its rest. */
	public void wake() {
		wake.run();
	}

}
