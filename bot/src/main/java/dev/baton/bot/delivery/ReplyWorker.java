package dev.baton.bot.delivery;

import java.lang.management.ManagementFactory;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * The reply lane's own thread, beside the notice worker: a person's answer never waits behind a fan-out being
 * expanded, batched or sent. It runs as soon as a turn's replies commit on this instance (woken), and otherwise looks
 * every {@code idleMillis} (replies written by other instances, retries coming due).
 */
public class ReplyWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReplyWorker.class);

	private static final int ROUND = 100;

	private final ReplySender sender;

	private final long idleMillis;

	private final String instance;

	private final Object signal = new Object();

	private boolean woken;

	private volatile Thread thread;

	public ReplyWorker(ReplySender sender, long idleMillis) {
		this.sender = sender;
		this.idleMillis = idleMillis;
		this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/r" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Replies were written: look now. */
	public void wake() {
		synchronized (signal) {
			woken = true;
			signal.notifyAll();
		}
	}

	@Override
	public void start() {
		Thread t = new Thread(this::loop, "baton-reply-worker");
		t.setDaemon(true);
		thread = t;
		t.start();
		log.info("Reply worker {} started", instance);
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
				int found;
				try {
					found = sender.sendDue(instance, ROUND);
				}
				catch (ConcurrencyFailureException ex) {
					log.debug("The reply lane gave way to another instance; next round takes it up", ex);
					found = 1;
				}
				if (found == 0) {
					synchronized (signal) {
						if (!woken) {
							signal.wait(idleMillis);
						}
						woken = false;
					}
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.error("Reply worker round failed; trying again", ex);
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
