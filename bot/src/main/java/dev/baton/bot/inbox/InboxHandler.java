package dev.baton.bot.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

import dev.baton.bot.system.TransientFailures;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.InboundListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims and handles inbox rows. A claim takes due rows (SKIP LOCKED, by available_at and
 * id, a person's oldest only) under a lease. A claimed event is handled in ONE
 * transaction that first marks its row done (which also holds the row for the turn) and
 * then lets the conversation act: whatever the turn writes (the record, the audit, the
 * replies and notices in the outbox) commits with the row done, or nothing does. A
 * transient database failure (deadlock, lock wait timeout, lost connection) rolls the
 * turn back and it is tried again at once, unseen by the person; the shared state (Redis)
 * not answering makes the event wait, its attempts untouched, until it answers again; any
 * other failure is retried with backoff, and after the last attempt the row is a dead
 * letter and the person is told.
 */
class InboxHandler {

	private static final Logger log = LoggerFactory.getLogger(InboxHandler.class);

	private static final Duration BACKOFF_CAP = Duration.ofMinutes(10);

	private final InboxMapper mapper;

	private final InboundListener listener;

	private final DeadLetterNotice notice;

	private final TransactionTemplate claims;

	private final TransactionTemplate turns;

	private final InboxProperties settings;

	private final Clock clock;

	private final RandomGenerator random;

	InboxHandler(InboxMapper mapper, InboundListener listener, DeadLetterNotice notice, TransactionTemplate claims,
			TransactionTemplate turns, InboxProperties settings, Clock clock, RandomGenerator random) {
		this.mapper = mapper;
		this.listener = listener;
		this.notice = notice;
		this.claims = claims;
		this.turns = turns;
		this.settings = settings;
		this.clock = clock;
		this.random = random;
	}

	/** Claims up to {@code limit} due rows for this worker. */
	List<InboxRow> claim(String instance, int limit) {
		return claims.execute(status -> {
			Instant now = clock.instant();
			List<InboxRow> due = mapper.claim(settings.lane(), now, limit);
			due.forEach(row -> mapper.lease(row.id(), instance, now.plus(settings.lease())));
			return due;
		});
	}

	/** Handles one claimed row; never throws. */
	void handle(InboxRow row, String instance) {
		InboundEvent event;
		try {
			event = InboxEvents.read(row.body());
		}
		catch (RuntimeException ex) {
			log.error("Inbox row {} cannot be read back; it is a dead letter", row.id(), ex);
			settle(() -> mapper.dead(row.id(), instance, cut("unreadable: " + ex), clock.instant()));
			return;
		}
		Throwable failure;
		try {
			Boolean handled = turns.execute(status -> {
				InboxTurn.begin();
				try {
					if (mapper.done(row.id(), instance, clock.instant()) != 1) {
						return false; // the lease ran out and another worker took it up
					}
					listener.onEvent(event);
					Throwable swallowed = InboxTurn.seen();
					if (swallowed != null) {
						throw new TransientTurnException(swallowed);
					}
					return true;
				}
				finally {
					InboxTurn.end();
				}
			});
			if (!Boolean.TRUE.equals(handled)) {
				log.warn("Inbox row {} ({}) was no longer this worker's; left to the one that took it", row.id(),
						row.eventKey());
			}
			return;
		}
		catch (RuntimeException | Error ex) {
			failure = ex;
		}
		failed(row, event, instance, failure);
	}

	private void failed(InboxRow row, InboundEvent event, String instance, Throwable failure) {
		String error = cut(String.valueOf(failure instanceof TransientTurnException ? failure.getCause() : failure));
		if (dev.baton.integrations.state.SharedStateUnavailable.isCause(failure)) {
			// Redis is away (stopped, restarting): nothing is wrong with the event, and
			// nothing of the turn stayed; it
			// waits, its attempts untouched, however long that takes, and is handled once
			// the state answers again
			Instant next = clock.instant().plus(sharedStatePause());
			log.warn("Inbox row {} ({}) waits for the shared state, again at {}: {}", row.id(), row.eventKey(), next,
					error);
			settle(() -> mapper.retry(row.id(), instance, next, 0, 0, error));
			return;
		}
		if (TransientFailures.isTransient(failure) && row.retries() < settings.maxTransientRetries()) {
			// a deadlock or a lost connection: nothing of the turn stayed; again in a
			// moment
			Instant next = clock.instant().plusMillis(20 + random.nextInt(200));
			log.info("Inbox row {} ({}) met a transient database failure, retrying: {}", row.id(), row.eventKey(),
					error);
			settle(() -> mapper.retry(row.id(), instance, next, 0, 1, error));
			return;
		}
		int attempt = row.attempts() + 1;
		if (attempt >= settings.maxAttempts()) {
			log.error("Inbox row {} ({}) failed {} times; it is a dead letter and its sender is told", row.id(),
					row.eventKey(), attempt, failure);
			settle(() -> {
				int dead = mapper.dead(row.id(), instance, error, clock.instant());
				if (dead == 1) {
					notice.tell(event);
				}
				return dead;
			});
			return;
		}
		Instant next = clock.instant().plus(backoff(attempt));
		log.warn("Handling inbox row {} ({}) failed (attempt {} of {}), retrying at {}", row.id(), row.eventKey(),
				attempt, settings.maxAttempts(), next, failure);
		settle(() -> mapper.retry(row.id(), instance, next, 1, 0, error));
	}

	/**
	 * How long an event waits for the shared state before it is tried again: the first
	 * backoff, at most 5 s.
	 */
	Duration sharedStatePause() {
		Duration pause = settings.backoff();
		return pause.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : pause;
	}

	Duration backoff(int attempt) {
		long ceiling = Math.min(BACKOFF_CAP.toMillis(),
				settings.backoff().toMillis() << Math.min(Math.max(attempt - 1, 0), 20));
		return Duration.ofMillis(ceiling / 2 + (long) (random.nextDouble() * (ceiling / 2.0)));
	}

	/**
	 * Records an outcome; if even that fails (the database is away) the lease runs out
	 * and the row is taken up again.
	 */
	private void settle(java.util.function.IntSupplier write) {
		try {
			claims.execute(status -> write.getAsInt());
		}
		catch (RuntimeException ex) {
			log.warn("An inbox outcome could not be recorded; the row is taken up again when its lease ends", ex);
		}
	}

	private static String cut(String s) {
		return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
	}

	/**
	 * A transient failure some code caught during the turn: the turn is rolled back all
	 * the same.
	 */
	static final class TransientTurnException extends RuntimeException {

		TransientTurnException(Throwable cause) {
			super("a transient database failure during the turn", cause);
		}

	}

}
