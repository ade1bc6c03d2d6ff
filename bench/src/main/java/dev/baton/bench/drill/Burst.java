package dev.baton.bench.drill;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.callback.CallbackAttempt;
import dev.baton.emulator.callback.RetryPolicy;
import tools.jackson.databind.node.ObjectNode;

/**
 * An inbound burst: one signed DingTalk robot message (帮助) from each of N people, sent by
 * {@code connections} senders at once. A message refused (503, a broken or refused
 * connection, no answer within 5 s) is sent again, the same message (same msgId), every
 * {@code pause} as a platform re-sends, until it gets HTTP 200 or the deadline passes.
 * Every try is recorded with its time. The messages from {@code holdFrom} on wait for
 * {@link #release()} before their first try, so that a drill can kill Baton while some
 * messages are under way and be sure that some are still to come (a burst of 60 on
 * loopback is otherwise through before a kill lands).
 */
public final class Burst {

	/**
	 * One try: sent at {@code start}, answered (or given up) at {@code at}
	 * (System.nanoTime), the status (-1: no answer), the transport failure if any.
	 */
	public record Try(long start, long at, int status, String error) {

		/**
		 * Whether the try was under way at any moment between {@code from} and
		 * {@code to}.
		 */
		public boolean overlaps(long from, long to) {
			return start <= to && at >= from;
		}

	}

	/** One person's message and its tries. */
	public static final class Message {

		final String user;

		final String msgId;

		final List<Try> tries = Collections.synchronizedList(new ArrayList<>());

		volatile boolean accepted;

		Message(String user, String msgId) {
			this.user = user;
			this.msgId = msgId;
		}

		public String user() {
			return user;
		}

		public String msgId() {
			return msgId;
		}

		public boolean accepted() {
			return accepted;
		}

		public List<Try> tries() {
			synchronized (tries) {
				return List.copyOf(tries);
			}
		}

	}

	private final List<Message> messages = new ArrayList<>();

	private final AtomicInteger accepted = new AtomicInteger();

	private final ExecutorService senders;

	private final CountDownLatch held = new CountDownLatch(1);

	private Burst(int connections) {
		this.senders = Executors.newFixedThreadPool(connections);
	}

	/** 帮助 from the person in the one-to-one chat with the robot. */
	static ObjectNode help(PlatformEmulator emulator, String user) {
		return emulator.dingTalkCallbacks().privateText(user, "帮助");
	}

	/**
	 * Starts sending; returns at once. The messages from index {@code holdFrom} on wait
	 * for {@link #release()}.
	 */
	public static Burst start(PlatformEmulator emulator, URI robot, List<String> users, int connections, Duration pause,
			Duration deadline, int holdFrom) {
		Burst burst = new Burst(connections);
		var client = emulator.dingTalkCallbacks().retryPolicy(RetryPolicy.once(Duration.ofSeconds(5)));
		long until = System.nanoTime() + deadline.toNanos();
		for (String user : users) {
			ObjectNode body = help(emulator, user);
			Message message = new Message(user, body.path("msgId").asString());
			boolean waits = burst.messages.size() >= holdFrom;
			burst.messages.add(message);
			burst.senders.execute(() -> {
				if (waits && !burst.awaitRelease(until)) {
					return;
				}
				while (System.nanoTime() < until) {
					long start = System.nanoTime();
					CallbackAttempt attempt = client.sendRobotMessage(robot, body).last();
					message.tries.add(new Try(start, System.nanoTime(), attempt.status(), attempt.error()));
					if (attempt.accepted()) {
						message.accepted = true;
						burst.accepted.incrementAndGet();
						return;
					}
					BotProcess.sleep(pause.toMillis());
				}
			});
		}
		burst.senders.shutdown();
		return burst;
	}

	/** Lets the held messages go. */
	public void release() {
		held.countDown();
	}

	private boolean awaitRelease(long until) {
		try {
			return held.await(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Messages acknowledged (HTTP 200) so far. */
	public int accepted() {
		return accepted.get();
	}

	/** Waits until every message is acknowledged or its sender gave up. */
	public void await(Duration within) {
		try {
			if (!senders.awaitTermination(within.toMillis(), TimeUnit.MILLISECONDS)) {
				senders.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public List<Message> messages() {
		return messages;
	}

	/** Tries answered with this status (-1: no answer). */
	public long tries(java.util.function.Predicate<Try> which) {
		return messages.stream().flatMap(m -> m.tries().stream()).filter(which).count();
	}

}
