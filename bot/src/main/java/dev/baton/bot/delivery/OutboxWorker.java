package dev.baton.bot.delivery;

import java.util.Set;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Expands the outbox into deliveries and batches them, in a loop on one named thread per
 * instance; the batches are sent by the {@link OutboxSendWorker} of the instance, on a
 * thread of its own, so a big fan-out's sending begins as soon as its first recipients
 * are batched and goes on while the rest is expanded. Any number of instances may run,
 * since every step claims its rows with SKIP LOCKED. When a round finds nothing it rests
 * briefly before looking again.
 *
 * <p>
 * A round expands at most about as many deliveries as can be sent next (the recipients of
 * one DingTalk minute window, 5,000 by default; five WeCom calls' worth): a round that
 * expanded a whole 100,000-person broadcast before batching any of it kept the platforms
 * waiting for minutes (BENCHMARKS.md, P3).
 */
public class OutboxWorker extends RoundWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	/**
	 * Steps of expansion in one round at most, whatever they yield (outbox rows that
	 * become dead letters yield no delivery).
	 */
	private static final int MAX_EXPANSIONS_PER_ROUND = 100;

	private final OutboxExpander expander;

	private final DeliveryBatcher batcher;

	private final BatchSender sender;

	private final String instance;

	private final int expandPerRound;

	private final int deliveriesPerRound;

	private final int batchPerRound;

	private final int sendPerRound;

	private volatile Runnable batched = () -> {
	};

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
		this.deliveriesPerRound = settings.dingtalkRecipientsPerMinute();
		this.batchPerRound = settings.batchPerRound();
		this.sendPerRound = settings.sendPerRound();
		this.instance = instanceName("");
	}

	/** Runs when a round made batches: the sending thread looks at once. */
	OutboxWorker onBatched(Runnable action) {
		this.batched = action;
		return this;
	}

	/**
	 * One pass over every step, the sending included; returns how much work it found. A
	 * step that lost a deadlock or a lock wait to another instance was rolled back whole:
	 * it is simply tried again next round.
	 */
	public int runOnce() {
		return expandAndBatch() + guarded(() -> sender.sendDue(instance, sendPerRound));
	}

	/**
	 * Expands outbox rows until this round has written about the deliveries that can be
	 * sent next or nothing is waiting, then batches what is pending; returns how much
	 * work it found.
	 */
	int expandAndBatch() {
		int found = 0;
		int deliveries = 0;
		// the contents whose expansion this round stopped in the middle of: their last
		// partial batch waits for the rest
		Set<String> unfinished = Set.of();
		for (int i = 0; i < MAX_EXPANSIONS_PER_ROUND && deliveries < deliveriesPerRound; i++) {
			OutboxExpander.Step step;
			try {
				step = expander.step(expandPerRound);
			}
			catch (ConcurrencyFailureException ex) {
				log.debug("An expansion gave way to another instance; next round takes it up", ex);
				found++;
				unfinished = Set.of();
				break;
			}
			if (step.rows() == 0) {
				unfinished = Set.of();
				break;
			}
			found += step.rows();
			deliveries += step.deliveries();
			unfinished = step.lastContents();
		}
		Set<String> waiting = unfinished;
		int batchedNow = guarded(() -> batcher.batch(batchPerRound, waiting));
		if (batchedNow > 0) {
			batched.run();
		}
		return found + batchedNow;
	}

	static int guarded(IntSupplier step) {
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
		return expandAndBatch();
	}

}
