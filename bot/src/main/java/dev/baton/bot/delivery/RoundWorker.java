package dev.baton.bot.delivery;

import dev.baton.bot.system.WorkerRounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One named daemon thread that runs rounds until stopped: when a round finds nothing it
 * rests for the idle period unless {@link #wake() woken}, and when a round fails it waits
 * four idle periods before trying again. Its rounds are counted in {@link #rounds()}.
 * Stop interrupts the thread and waits up to 10 s.
 */
abstract class RoundWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RoundWorker.class);

	private final String name;

	private final long idleMillis;

	private volatile Thread thread;

	private final Object signal = new Object();

	private boolean woken;

	private final WorkerRounds rounds = new WorkerRounds(this::wake);

	RoundWorker(String name, long idleMillis) {
		this.name = name;
		this.idleMillis = idleMillis;
	}

	/**
	 * This JVM's name and a random tag after {@code kind}: whose lease a claimed row is
	 * under.
	 */
	static String instanceName(String kind) {
		return java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "/" + kind
				+ java.util.UUID.randomUUID().toString().substring(0, 8);
	}

	/** One round; returns how much work it found (0: rest before the next). */
	protected abstract int round();

	/** There is work: a resting worker looks now. */
	public void wake() {
		synchronized (signal) {
			woken = true;
			signal.notifyAll();
		}
	}

	/** The rounds this worker's thread has run. */
	public WorkerRounds rounds() {
		return rounds;
	}

	/** Rests after a round that found nothing, until woken or the idle period is over. */
	private void idle() throws InterruptedException {
		synchronized (signal) {
			if (!woken) {
				signal.wait(idleMillis);
			}
			woken = false;
		}
	}

	@Override
	public void start() {
		Thread t = new Thread(this::loop, name);
		t.setDaemon(true);
		thread = t;
		t.start();
		log.info("{} started", name);
	}

	@Override
	public void stop() {
		Thread t = thread;
		thread = null;
		if (t != null) {
			t.interrupt();
			try {
				t.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	private void loop() {
		while (thread == Thread.currentThread()) {
			long round = rounds.begin();
			try {
				int found = round();
				rounds.end(round, found);
				if (found == 0) {
					idle();
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				rounds.failed(round);
				log.error("{} round failed; trying again", name, ex);
				try {
					Thread.sleep(idleMillis * 4);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

}
