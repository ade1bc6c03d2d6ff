package dev.baton.bot.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One named daemon thread that runs rounds until stopped: when a round finds nothing it rests ({@link #idle()}), and
 * when a round fails it waits four idle periods before trying again. Stop interrupts the thread and waits up to 10 s.
 */
abstract class RoundWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RoundWorker.class);

	private final String name;

	protected final long idleMillis;

	private volatile Thread thread;

	RoundWorker(String name, long idleMillis) {
		this.name = name;
		this.idleMillis = idleMillis;
	}

	/** One round; returns how much work it found (0: rest before the next). */
	protected abstract int round();

	/** Rests after a round that found nothing. */
	protected void idle() throws InterruptedException {
		Thread.sleep(idleMillis);
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
			try {
				if (round() == 0) {
					idle();
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
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
