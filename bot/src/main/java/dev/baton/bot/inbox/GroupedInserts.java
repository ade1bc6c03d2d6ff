package dev.baton.bot.inbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import dev.baton.bot.system.InsertChunks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Group commit of the inbox's inserts: callbacks that arrive while an insert is on its
 * way to the database wait for it and are then written together, as one multi-row INSERT
 * (one statement, one commit) by the first of them. Alone, a callback is written at once,
 * as before; under a burst the groups grow with the burst, so the database makes one
 * commit for many callbacks instead of one each (the P1 ingest profile, BENCHMARKS.md).
 * <p>
 * Each caller returns only after its own row is committed (or with the failure that kept
 * it out), so nothing is acknowledged that is not stored. A replay in a group (its key
 * stored before, or twice in the group) makes the statement fail whole; the group is then
 * written row by row, so each caller learns whether its own event was new. At most
 * {@link #IN_FLIGHT} groups are written at once, each within {@link InsertChunks}'
 * bounds. A caller inside a transaction of its own writes its row alone, in that
 * transaction.
 */
final class GroupedInserts {

	/**
	 * Groups written at the same time (the rest of the callbacks wait to form the next).
	 */
	static final int IN_FLIGHT = 2;

	private final InboxRowsInsert rows;

	private final ArrayDeque<Pending> waiting = new ArrayDeque<>();

	private int writing;

	private final AtomicLong statements = new AtomicLong();

	GroupedInserts(InboxRowsInsert rows) {
		this.rows = rows;
	}

	/**
	 * Stores the row, with whatever rows arrive meanwhile.
	 * @return true if it was stored, false if its event was stored before (a replay)
	 * @throws RuntimeException what kept it from being stored (nothing of it is)
	 */
	boolean insert(InboxMapper.NewRow row) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// inside a caller's transaction the row is the caller's to commit or roll
			// back:
			// it is never written in another's
			statements.incrementAndGet();
			try {
				rows.insert(List.of(row));
				return true;
			}
			catch (DuplicateKeyException replay) {
				return false;
			}
		}
		Pending mine = new Pending(row);
		List<Pending> group = null;
		synchronized (waiting) {
			// rows wait only while IN_FLIGHT groups are being written: below that the
			// queue
			// is empty, and this row leads a group of its own
			waiting.add(mine);
			if (writing < IN_FLIGHT) {
				writing++;
				group = take();
			}
		}
		if (group == null) {
			group = mine.awaitTurn();
		}
		if (group != null) {
			write(group);
			synchronized (waiting) {
				if (waiting.isEmpty()) {
					writing--;
				}
				else {
					// the writer's slot passes to the oldest waiting row, with the group
					// it
					// leads
					List<Pending> next = take();
					next.get(0).lead(next);
				}
			}
		}
		return mine.result();
	}

	/** The waiting rows, oldest first, as many as one statement takes. */
	private List<Pending> take() {
		List<Pending> all = new ArrayList<>(waiting);
		List<Pending> group = new ArrayList<>(InsertChunks.of(all, p -> p.row.body()).get(0));
		for (int i = 0; i < group.size(); i++) {
			waiting.poll();
		}
		return group;
	}

	private void write(List<Pending> group) {
		Set<String> keys = new HashSet<>();
		boolean repeats = false;
		for (Pending p : group) {
			repeats |= !keys.add(p.row.platform() + ":" + p.row.eventHash());
		}
		if (!repeats) {
			statements.incrementAndGet();
			try {
				rows.insert(group.stream().map(p -> p.row).toList());
				group.forEach(p -> p.finish(true, null));
				return;
			}
			catch (RuntimeException replayOrFailure) {
				// a row of the group was stored before, or one row cannot be stored: each
				// on
				// its own below, so that only that row's caller is told (and when the
				// database is away, each learns it)
				if (group.size() == 1) {
					finishAlone(group.get(0), replayOrFailure);
					return;
				}
			}
		}
		for (Pending p : group) {
			statements.incrementAndGet();
			try {
				rows.insert(List.of(p.row));
				p.finish(true, null);
			}
			catch (RuntimeException ex) {
				finishAlone(p, ex);
			}
		}
	}

	private static void finishAlone(Pending p, RuntimeException ex) {
		p.finish(false, ex instanceof DuplicateKeyException ? null : ex);
	}

	/**
	 * The INSERT statements made so far (fewer than the rows when callbacks came
	 * together).
	 */
	long statements() {
		return statements.get();
	}

	/** One caller's row and, once written, its outcome. */
	private static final class Pending {

		final InboxMapper.NewRow row;

		private boolean done;

		private List<Pending> leads;

		private boolean stored;

		private RuntimeException failure;

		Pending(InboxMapper.NewRow row) {
			this.row = row;
		}

		synchronized void finish(boolean stored, RuntimeException failure) {
			this.stored = stored;
			this.failure = failure;
			this.done = true;
			notifyAll();
		}

		synchronized void lead(List<Pending> group) {
			leads = group;
			notifyAll();
		}

		/**
		 * Waits until its row was written by another (null), or until it leads a group
		 * (that group, its own row first).
		 */
		synchronized List<Pending> awaitTurn() {
			boolean interrupted = false;
			while (!done && leads == null) {
				try {
					wait();
				}
				catch (InterruptedException ex) {
					// the row is on its way: the caller must learn its outcome
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			return done ? null : leads;
		}

		synchronized boolean result() {
			if (failure != null) {
				throw failure;
			}
			return stored;
		}

	}

}
