package dev.baton.bot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.delivery.OutboxSendWorker;
import dev.baton.bot.delivery.OutboxWorker;
import dev.baton.bot.delivery.ReplyWorker;
import dev.baton.bot.inbox.InboxWorker;
import dev.baton.bot.system.WorkerRounds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;

import static org.awaitility.Awaitility.await;

/**
 * The background workers of a test's application that are running (the inbox's; the reply
 * lane's; the outbox's and its sending thread where a context turns them on), and a wait
 * until they have nothing left to do after an action. A test that must show that
 * something did <em>not</em> happen (a second handling, one more message) waits here and
 * then looks, instead of sleeping: whatever the action left to do has been done by the
 * time {@link #awaitIdle()} returns, so what has not happened by then does not come from
 * it.
 *
 * <p>
 * Idle means: every running worker has begun a round after the wait began and found
 * nothing due, none is in the middle of a round, and none found work meanwhile (work one
 * worker does can give another some: a turn writes replies; then the wait starts over).
 * Work that is due only later (a retry after its backoff) is not waited for.
 */
@TestComponent
public class Workers {

	private final ObjectProvider<InboxWorker> inbox;

	private final ObjectProvider<ReplyWorker> replies;

	private final ObjectProvider<OutboxWorker> outbox;

	private final ObjectProvider<OutboxSendWorker> sending;

	Workers(ObjectProvider<InboxWorker> inbox, ObjectProvider<ReplyWorker> replies, ObjectProvider<OutboxWorker> outbox,
			ObjectProvider<OutboxSendWorker> sending) {
		this.inbox = inbox;
		this.replies = replies;
		this.outbox = outbox;
		this.sending = sending;
	}

	/**
	 * Waits (at most 20 s) until the running workers are idle after this call; fails if
	 * they never are.
	 */
	public void awaitIdle() {
		awaitIdle(Duration.ofSeconds(20));
	}

	public void awaitIdle(Duration atMost) {
		List<WorkerRounds> running = running();
		long deadline = System.nanoTime() + atMost.toNanos();
		while (true) {
			List<WorkerRounds.Mark> marks = running.stream().map(WorkerRounds::mark).toList();
			// a worker woken in the middle of a round begins the next at once
			running.forEach(WorkerRounds::wake);
			Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000));
			await("the workers idle after the action").atMost(left)
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(5))
				.until(() -> {
					for (int i = 0; i < running.size(); i++) {
						if (!running.get(i).idleSince(marks.get(i))) {
							return false;
						}
					}
					return true;
				});
			boolean worked = false;
			for (int i = 0; i < running.size(); i++) {
				worked |= running.get(i).worked() != marks.get(i).worked();
			}
			if (!worked) {
				return;
			}
		}
	}

	private List<WorkerRounds> running() {
		List<WorkerRounds> running = new ArrayList<>();
		inbox.ifAvailable(w -> {
			if (w.isRunning()) {
				running.add(w.rounds());
			}
		});
		replies.ifAvailable(w -> {
			if (w.isRunning()) {
				running.add(w.rounds());
			}
		});
		outbox.ifAvailable(w -> {
			if (w.isRunning()) {
				running.add(w.rounds());
			}
		});
		sending.ifAvailable(w -> {
			if (w.isRunning()) {
				running.add(w.rounds());
			}
		});
		return running;
	}

}
