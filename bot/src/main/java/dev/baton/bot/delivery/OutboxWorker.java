package dev.baton.bot.delivery;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Runs the three delivery steps in a loop on one named thread per instance; any number of
 * instances may run, since every step claims its rows with SKIP LOCKED. When a round
 * finds nothing it rests briefly before looking again.
 */
public class OutboxWorker extends RoundWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private static final int MAX_EXPANSIONS_PER_ROUND = 100;

	private final OutboxExpander expander;

	private final DeliveryBatcher batcher;

	private final BatchSender sender;

	private final String instance;

	private final int expandPerRound;

	private final int batchPerRound;

	private final int sendPerRound;

	/** With the default round sizes ({@link DeliveryProperties}). */
	public OutboxWorker(OutboxExpander expander, DeliveryBatcher batcher, BatchSender sender, long idleMillis) {
		this(expander, batcher, sender, idleMillis, DeliveryProperties.defaults());
	}

	OutboxWorker(OutboxExpander expander, DeliveryBatcher batcher, BatchSender sender, long idleMillis,
			DeliveryProperties settings) {
		super("baton-outbox-worker", idleMillis);
		this.expander = expander;
		this.batcher = batcher;
		this.sender = sender;
		this.expandPerRound = settings.expandPerRound();
		this.batchPerRound = settings.batchPerRound();
		this.sendPerRound = settings.sendPerRound();
		this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * One pass over every step; returns how much work it found. A step that lost a
	 * deadlock or a lock wait to another instance was rolled back whole: it is simply
	 * tried again next round.
	 */
	public int runOnce() {
		int expanded = 0;
		int step;
		// expand everything waiting first: content that arrives over several rounds would
		// split into partial batches
		for (int i = 0; i < MAX_EXPANSIONS_PER_ROUND
				&& (step = guarded(() -> expander.expand(expandPerRound))) > 0; i++) {
			expanded += step;
		}
		return expanded + guarded(() -> batcher.batch(batchPerRound))
				+ guarded(() -> sender.sendDue(instance, sendPerRound));
	}

	private static int guarded(IntSupplier step) {
		try {
			return step.getAsInt();
		}
		catch (ConcurrencyFailureException ex) {
			log.debug("A delivery step gave way to another instance; next round takes it up", ex);
			return 1;
		}
	}

	@Override
	protected int round() {
		return runOnce();
	}

}
