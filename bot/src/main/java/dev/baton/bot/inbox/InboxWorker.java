package dev.baton.bot.inbox;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.baton.bot.system.WorkerRounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The inbox workers of this instance: {@code baton.inbox.threads} named threads, each
 * claiming one due event at a time and handling it; an idle worker rests
 * {@code baton.inbox.idle} unless a newly stored event wakes it. Any number of instances
 * may run: claims skip locked rows, and a person's events are never handled two at once.
 * Between rounds, one worker purges old rows every {@code baton.inbox.purge-every}. On
 * shutdown the workers finish the turn in hand (the rest waits in the table for the next
 * start). The threads' rounds are counted in {@link #rounds()}.
 */
public class InboxWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);

	private final InboxHandler handler;

	private final InboxPurge purge;

	private final InboxProperties settings;

	private final String instance;

	private final Semaphore wake = new Semaphore(0);

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	private volatile long nextPurge;

	private final WorkerRounds rounds = new WorkerRounds(this::nudge);

	InboxWorker(InboxHandler handler, InboxPurge purge, InboxProperties settings) {
		this.handler = handler;
		this.purge = purge;
		this.settings = settings;
		this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new event was stored: a resting worker looks at once. */
	public void nudge() {
		if (wake.availablePermits() < settings.threads()) {
			wake.release();
		}
	}

	/**
	 * The rounds of this instance's worker threads (not those of {@link #runOnce()}
	 * called by others).
	 */
	public WorkerRounds rounds() {
		return rounds;
	}

	/**
	 * One claim and the turns it found, on the calling thread; returns how many events
	 * were handled.
	 */
	public int runOnce() {
		List<InboxRow> claimed = handler.claim(instance, 1);
		for (InboxRow row : claimed) {
			handler.handle(row, instance);
		}
		return claimed.size();
	}

	@Override
	public synchronized void start() {
		running = true;
		nextPurge = System.currentTimeMillis() + 60_000;
		for (int i = 1; i <= settings.threads(); i++) {
			// the first worker looks every idle period; the others rest longer, and are
			// woken when there is work
			long rest = i == 1 ? settings.idle().toMillis() : settings.idle().toMillis() * 10;
			Thread t = new Thread(() -> loop(rest), "baton-inbox-" + i);
			t.setDaemon(true);
			threads.add(t);
			t.start();
		}
		log.info("Inbox workers started: {} threads on lane {} ({})", settings.threads(), settings.lane(), instance);
	}

	@Override
	public synchronized void stop() {
		running = false;
		wake.release(settings.threads());
		for (Thread t : threads) {
			try {
				t.join(15_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Stops after the web server (phase DEFAULT_PHASE - 2048: no more callbacks), before
	 * the database goes.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void loop(long rest) {
		while (running) {
			long round = rounds.begin();
			try {
				int handled = runOnce();
				if (handled > 0) {
					rounds.end(round, handled);
					// there may be more: another worker looks too
					nudge();
					continue;
				}
				purgeWhenDue();
				rounds.end(round, 0);
				wake.tryAcquire(rest, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				rounds.failed(round);
				log.warn("Inbox worker round failed (is the database away?); trying again", ex);
				try {
					Thread.sleep(Math.max(settings.idle().toMillis(), 500));
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

	private void purgeWhenDue() {
		long now = System.currentTimeMillis();
		if (now < nextPurge) {
			return;
		}
		synchronized (this) {
			if (now < nextPurge) {
				return;
			}
			nextPurge = now + settings.purgeEvery().toMillis();
		}
		purge.purge();
	}

}
