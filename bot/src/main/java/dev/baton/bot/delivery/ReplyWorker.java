package dev.baton.bot.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * The reply lane's own thread, beside the notice worker: a person's answer never waits
 * behind a fan-out being expanded, batched or sent. It runs as soon as a turn's replies
 * commit on this instance (woken), and otherwise looks every {@code idleMillis} (replies
 * written by other instances, retries coming due).
 */
public class ReplyWorker extends RoundWorker {

	private static final Logger log = LoggerFactory.getLogger(ReplyWorker.class);

	private final ReplySender sender;

	private final String instance;

	private final int perRound;

	/** With the default round size ({@link DeliveryProperties}). */
	public ReplyWorker(ReplySender sender, long idleMillis) {
		this(sender, idleMillis, DeliveryProperties.defaults().repliesPerRound());
	}

	ReplyWorker(ReplySender sender, long idleMillis, int perRound) {
		super("baton-reply-worker", idleMillis);
		this.sender = sender;
		this.perRound = perRound;
		this.instance = instanceName("r");
	}

	@Override
	protected int round() {
		try {
			return sender.sendDue(instance, perRound);
		}
		catch (ConcurrencyFailureException ex) {
			log.debug("The reply lane gave way to another instance; next round takes it up", ex);
			return 1;
		}
	}

}
