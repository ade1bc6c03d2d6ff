package dev.baton.bot.delivery;

/**
 * Sends the outbox's batches on a thread of its own ({@code baton-outbox-sender}), beside
 * the {@link OutboxWorker} that expands and batches: DingTalk's next minute window is
 * expanded while the current one's batches go out or wait for the window, instead of
 * after. It runs as soon as the outbox worker has made batches (woken), and otherwise
 * looks every {@code idleMillis} (retries and held batches coming due, batches of other
 * instances whose lease ran out).
 */
public class OutboxSendWorker extends RoundWorker {

	private final BatchSender sender;

	private final String instance;

	private final int perRound;

	OutboxSendWorker(BatchSender sender, long idleMillis, int perRound) {
		super("baton-outbox-sender", idleMillis);
		this.sender = sender;
		this.perRound = perRound;
		this.instance = instanceName("s");
	}

	@Override
	protected int round() {
		return OutboxWorker.guarded(() -> sender.sendDue(instance, perRound));
	}

}
