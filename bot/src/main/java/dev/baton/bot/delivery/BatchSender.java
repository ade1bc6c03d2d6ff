package dev.baton.bot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.state.RateLimit;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.state.SharedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 3: claims due batches (SKIP LOCKED, so instances never wait for each other) under
 * a lease, keeps under each platform's quota across instances (a token bucket in the
 * shared state), sends, and records the outcome: sent, invalid recipients dead, throttled
 * recipients requeued, transient failures retried with backoff, permanent ones dead with
 * the platform's code. A batch whose sender died keeps its lease until it runs out, then
 * is sent again as it was.
 */
public class BatchSender {

	/**
	 * How long a claimed batch stays its sender's before another instance may send it
	 * again.
	 */
	static final Duration LEASE = Duration.ofSeconds(60);

	/** Sends of a batch after which it is a dead letter, unless configured otherwise. */
	static final int MAX_ATTEMPTS = 8;

	private static final Logger log = LoggerFactory.getLogger(BatchSender.class);

	private final DeliveryMapper mapper;

	private final ChatPlatforms platforms;

	private final SharedState state;

	private final TimeSource time;

	private final TransactionTemplate tx;

	private final Backoff backoff;

	private final java.util.function.Function<dev.baton.integrations.chat.Platform, RateLimit> quotas;

	private final Duration lease;

	/** Makes the files deliveries name (#15); null where there are none to make. */
	private volatile Attachments attachments;

	private final TransactionTemplate claims;

	private java.util.function.Function<dev.baton.integrations.chat.Platform, RecipientWindow> recipientWindows = p -> null;

	private int maxAttempts = MAX_ATTEMPTS;

	/**
	 * At most {@code limit} recipients in any {@code window} (a platform's cap, not a
	 * bucket's approximation).
	 */
	record RecipientWindow(int limit, Duration window) {
	}

	BatchSender(DeliveryMapper mapper, ChatPlatforms platforms, SharedState state, TimeSource time,
			TransactionTemplate tx, Backoff backoff,
			java.util.function.Function<dev.baton.integrations.chat.Platform, RateLimit> quotas) {
		this(mapper, platforms, state, time, tx, backoff, quotas, LEASE);
	}

	BatchSender(DeliveryMapper mapper, ChatPlatforms platforms, SharedState state, TimeSource time,
			TransactionTemplate tx, Backoff backoff,
			java.util.function.Function<dev.baton.integrations.chat.Platform, RateLimit> quotas, Duration lease) {
		this.lease = lease;
		this.mapper = mapper;
		this.platforms = platforms;
		this.state = state;
		this.time = time;
		this.tx = tx;
		// a claim reads committed rows and locks the rows it takes, no gaps: new batches
		// are not held up behind it
		this.claims = new TransactionTemplate(tx.getTransactionManager());
		this.claims.setIsolationLevel(TransactionTemplate.ISOLATION_READ_COMMITTED);
		this.backoff = backoff;
		this.quotas = quotas;
	}

	/** The maker of the files deliveries name (the 交接书 copies, #15). */
	BatchSender attachments(Attachments attachments) {
		this.attachments = attachments;
		return this;
	}

	/**
	 * Recipients per platform and corp in a sliding window, beside the calls: DingTalk
	 * drops work notifications over an app's 5,000 recipients in a minute while answering
	 * success (143103), so they are kept under it exactly: a whole window at once, then
	 * as the oldest sends leave it.
	 */
	BatchSender recipientWindows(
			java.util.function.Function<dev.baton.integrations.chat.Platform, RecipientWindow> windows) {
		this.recipientWindows = windows;
		return this;
	}

	/**
	 * Sends after which a batch is a dead letter: transient refusals and unexpected
	 * failures (a bug, a platform answer the SDK cannot read) alike, so nothing is
	 * retried forever.
	 */
	BatchSender maxAttempts(int maxAttempts) {
		this.maxAttempts = maxAttempts;
		return this;
	}

	/**
	 * @return how many batches were claimed
	 */
	public int sendDue(String instance, int limit) {
		List<DeliveryBatch> claimed = claims.execute(status -> {
			// a lapsed lease first (its batch is older than anything due now), then the
			// due ones: two claims on two
			// indexes rather than one OR that neither index serves
			List<DeliveryBatch> due = new java.util.ArrayList<>(mapper.claimLapsedBatches(time.now(), limit));
			if (due.size() < limit) {
				due.addAll(mapper.claimBatches(time.now(), limit - due.size()));
			}
			due.forEach(b -> mapper.leaseBatch(b.id(), instance, time.now().plus(lease)));
			return due;
		});
		for (DeliveryBatch batch : claimed) {
			send(batch);
		}
		return claimed.size();
	}

	private void send(DeliveryBatch batch) {
		ChatPlatform platform = platforms.get(batch.platform(), batch.corpId());
		if (platform == null) {
			dead(batch, FailureReasons.noApp(batch.platform(), batch.corpId()));
			return;
		}
		Duration held = heldOff(batch);
		Duration wait = held.isZero()
				? state.acquire("send:" + batch.platform() + ":" + batch.corpId(), quotas.apply(batch.platform()), 1)
				: held;
		RecipientWindow recipients = recipientWindows.apply(batch.platform());
		WindowGrant grant = null;
		if (wait.isZero() && recipients != null && batch.targetKind() != TargetKind.GROUP) {
			grant = new WindowGrant("recipients:" + batch.platform() + ":" + batch.corpId(),
					java.util.UUID.randomUUID().toString(), Math.min(batch.size(), recipients.limit()),
					recipients.window());
			wait = state.acquireInWindow(grant.key(), recipients.limit(), grant.window(), grant.permits(), grant.id());
		}
		if (!wait.isZero()) {
			Instant later = time.now().plus(wait);
			tx.executeWithoutResult(s -> mapper.deferBatch(batch.id(), later));
			return;
		}
		int attempt = batch.attempts() + 1;
		dev.baton.integrations.chat.OutboundMessage message;
		try {
			message = MessageBodies.read(batch.body(), attachments);
		}
		catch (RuntimeException ex) {
			// a document that cannot be made will not be made by trying again
			dead(batch, "the file could not be made: " + ex.getMessage());
			return;
		}
		SendResult result;
		try {
			result = platform.send(batch.target(), message);
		}
		catch (PlatformException ex) {
			recount(grant);
			if (ex.isTransient() && attempt < maxAttempts) {
				Duration after = backoff.after(attempt);
				if (ex.retryAfter() != null && ex.retryAfter().compareTo(after) > 0) {
					after = ex.retryAfter();
				}
				if (ex.retryAfter() != null) {
					holdOff(batch, ex.retryAfter());
				}
				Instant next = time.now().plus(after);
				log.info("Batch {} to {}: {} (attempt {}), retrying at {}", batch.id(), batch.platform(),
						ex.getMessage(), attempt, next);
				tx.executeWithoutResult(s -> mapper.retryBatch(batch.id(), next, truncate(ex.getMessage())));
			}
			else {
				dead(batch, ex.getMessage());
			}
			return;
		}
		catch (RuntimeException ex) {
			recount(grant);
			log.warn("Batch {} to {} failed unexpectedly (attempt {} of {})", batch.id(), batch.platform(), attempt,
					maxAttempts, ex);
			if (attempt < maxAttempts) {
				Instant next = time.now().plus(backoff.after(attempt));
				tx.executeWithoutResult(s -> mapper.retryBatch(batch.id(), next, truncate(String.valueOf(ex))));
			}
			else {
				dead(batch, "failed unexpectedly " + attempt + " times, last: " + ex);
			}
			return;
		}
		recount(grant);
		if (message instanceof dev.baton.integrations.chat.OutboundMessage.Card card
				&& result.cardResponseCode() != null) {
			String code = result.cardResponseCode();
			tx.executeWithoutResult(
					s -> mapper.recordCardResponse(batch.platform().name(), batch.corpId(), card.cardId(), code));
		}
		recordDelivered(batch, result, attempt);
	}

	/**
	 * A window's recipients granted to one call, counted again when the call has been
	 * answered: the platform counts them when the call arrives, which under load or with
	 * a slow call (a token fetched first, a file made and uploaded) is well after the
	 * grant, and a window counted from the grant alone opened early by that much (143103:
	 * one recipient dropped at load 38 with a second's margin). Counted from the answer,
	 * the window is never shorter than the platform's, whatever the call took.
	 */
	private record WindowGrant(String key, String id, int permits, Duration window) {
	}

	private void recount(WindowGrant grant) {
		if (grant == null) {
			return;
		}
		try {
			state.recountInWindow(grant.key(), grant.id(), grant.permits(), grant.window());
		}
		catch (RuntimeException ex) {
			// the grant still counts from when it was made: the margin covers most calls
			log.warn("The recipients of a call could not be counted again from its answer", ex);
		}
	}

	/**
	 * The platform took the batch: record it. Losing a lock here must not look like a
	 * failed send, or the batch would go out again early; after a few tries the batch is
	 * left under its lease, and when that runs out it is sent again as the identical
	 * request, which the platforms' duplicate rules absorb.
	 */
	private void recordDelivered(DeliveryBatch batch, SendResult result, int attempt) {
		for (int tries = 1;; tries++) {
			try {
				recordResult(batch, result, attempt);
				return;
			}
			catch (org.springframework.dao.ConcurrencyFailureException ex) {
				if (tries == 3) {
					log.error("Batch {} was delivered but could not be recorded; it is resent when its lease ends",
							batch.id(), ex);
					return;
				}
			}
		}
	}

	private void recordResult(DeliveryBatch batch, SendResult result, int attempt) {
		Instant now = time.now();
		tx.executeWithoutResult(s -> {
			List<String> notNow = new ArrayList<>(result.throttledRecipients());
			if (!result.invalidRecipients().isEmpty()) {
				mapper.markDeliveries(batch.id(), result.invalidRecipients(), "DEAD",
						"the platform does not know this user", now);
			}
			if (!notNow.isEmpty()) {
				mapper.requeue(batch.id(), notNow, now.plus(backoff.after(attempt)), "throttled by the platform");
			}
			mapper.markDeliveries(batch.id(), null, "SENT", null, now);
			mapper.finishBatch(batch.id(), "SENT", null, now);
		});
	}

	/**
	 * A platform refusal that says how long it lasts (WeCom's 60 s frequency block,
	 * DingTalk's QPS second, an IP ban, a used-up month) holds back every batch for that
	 * platform and corp, across instances, until it is over: calling during a block is
	 * refused again (and on WeCom counts against the corp).
	 */
	private void holdOff(DeliveryBatch batch, Duration refusal) {
		Instant until = time.now().plus(refusal);
		state.put(holdKey(batch), Long.toString(until.toEpochMilli()), refusal.plusSeconds(1));
	}

	/**
	 * How long batches for this platform and corp are still held back (zero: not held).
	 */
	private Duration heldOff(DeliveryBatch batch) {
		return state.get(holdKey(batch))
			.map(Long::parseLong)
			.map(Instant::ofEpochMilli)
			.map(until -> until.isAfter(time.now()) ? Duration.between(time.now(), until) : Duration.ZERO)
			.orElse(Duration.ZERO);
	}

	private static String holdKey(DeliveryBatch batch) {
		return "send-held:" + batch.platform() + ":" + batch.corpId();
	}

	private void dead(DeliveryBatch batch, String reason) {
		log.warn("Batch {} to {} is a dead letter: {}", batch.id(), batch.platform(), reason);
		tx.executeWithoutResult(s -> {
			mapper.markDeliveries(batch.id(), null, "DEAD", truncate(reason), time.now());
			mapper.finishBatch(batch.id(), "DEAD", truncate(reason), time.now());
		});
	}

	private static String truncate(String s) {
		return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
	}

}
