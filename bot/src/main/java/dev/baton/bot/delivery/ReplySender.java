package dev.baton.bot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.SentCard;
import dev.baton.integrations.chat.SessionWebhook;
import dev.baton.integrations.state.RateLimit;
import dev.baton.integrations.state.SharedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reply lane: claims the first due reply of each conversation (SKIP LOCKED)
 * under a lease, keeps under the platform's quotas across instances (the app's reply
 * calls per second, WeCom's messages per member a minute), sends it through the person's
 * reply channel (DingTalk: the message's sessionWebhook while valid, else the OpenAPI;
 * WeCom: app messages), and records the outcome: sent (a card's response code written
 * back to the kept card), throttled or transient failures retried with backoff, an
 * unknown person or a permanent refusal a dead letter with the platform's words. A reply
 * whose sender died keeps its lease until it runs out, then is sent again.
 */
public class ReplySender {

	static final Duration LEASE = Duration.ofSeconds(60);

	/**
	 * How long a reply the platform took is tried to be recorded as sent: well inside its
	 * lease.
	 */
	static final Duration RECORD_PATIENCE = LEASE.minusSeconds(15);

	static final int MAX_ATTEMPTS = 8;

	/**
	 * What the reply quota's window is longer than the platform's second. A call is
	 * counted when Baton takes its permit and again from its answer (as the notices'
	 * recipients are): the platform counts it when it arrives, which is after the permit
	 * and before the answer, so a call counted from its answer is never counted before
	 * the platform counts it, however late it arrived (the 40 ms this margin was before
	 * let three late calls be refused at load 50: P4, BENCHMARKS.md). What is left to
	 * cover is the clocks' granularity: a millisecond either side of the two readings.
	 */
	static final Duration PACE_MARGIN = Duration.ofMillis(5);

	/**
	 * The longest wait for the reply quota spent pacing on the lane's thread rather than
	 * putting the reply off: one whole window, so a lane that sent its window's calls in
	 * a burst waits for the next window rather than putting the replies after it off.
	 */
	static final Duration MAX_PACE = Duration.ofSeconds(1).plus(PACE_MARGIN).plusMillis(10);

	/**
	 * A sessionWebhook this close to its expiry is not used: the OpenAPI answers instead.
	 */
	static final Duration SESSION_MARGIN = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

	private final ReplyMapper mapper;

	private final ChatPlatforms platforms;

	private final SharedState state;

	private final TimeSource time;

	private final TransactionTemplate tx;

	private final Backoff backoff;

	/** At most {@code capacity} reply calls in any {@code period}. */
	private final RateLimit quota;

	private final Function<Platform, List<RateLimit>> memberLimits;

	private int maxAttempts = MAX_ATTEMPTS;

	ReplySender(ReplyMapper mapper, ChatPlatforms platforms, SharedState state, TimeSource time, TransactionTemplate tx,
			Backoff backoff, RateLimit quota, Function<Platform, List<RateLimit>> memberLimits) {
		this.mapper = mapper;
		this.platforms = platforms;
		this.state = state;
		this.time = time;
		this.tx = tx;
		this.backoff = backoff;
		this.quota = quota;
		this.memberLimits = memberLimits;
	}

	/**
	 * Sends after which a reply is a dead letter, transient refusals and unexpected
	 * failures alike.
	 */
	ReplySender maxAttempts(int maxAttempts) {
		this.maxAttempts = maxAttempts;
		return this;
	}

	/**
	 * @return how many replies were claimed
	 */
	public int sendDue(String instance, int limit) {
		List<ReplyRow> claimed = tx.execute(status -> {
			List<ReplyRow> due = mapper.claimHeads(time.now(), limit);
			due.forEach(r -> mapper.lease(r.id(), instance, time.now().plus(LEASE)));
			return due;
		});
		for (ReplyRow row : claimed) {
			send(row);
		}
		return claimed.size();
	}

	/**
	 * Sends every reply that is due now, in this thread (a caller that must see its
	 * answers out).
	 */
	public void drain() {
		while (sendDue("drain", 100) > 0) {
			// one conversation's next reply becomes its head once the one before it is
			// sent
		}
	}

	/** How many replies are waiting or being sent. */
	public int unfinished() {
		return mapper.unfinished();
	}

	private void send(ReplyRow row) {
		ChatPlatform platform = platforms.get(row.platform(), row.corpId());
		if (platform == null) {
			dead(row, FailureReasons.noApp(row.platform(), row.corpId()));
			return;
		}
		int attempt = row.attempts() + 1;
		boolean message = ReplyRow.MESSAGE.equals(row.kind());
		List<RateLimit> perMember = memberLimits.apply(row.platform());
		if (message && perMember != null && row.targetKind() == TargetKind.USER) {
			Duration wait = memberWait(row, perMember);
			if (!wait.isZero()) {
				defer(row, wait, "over the platform's per-member limit");
				return;
			}
		}
		SessionWebhook session = message ? row.session() : null;
		if (session != null && !session.validAt(time.now(), SESSION_MARGIN)) {
			session = null;
		}
		boolean openApi = session == null || row.cardId() != null;
		QuotaGrant grant = null;
		if (openApi) {
			grant = new QuotaGrant("reply:" + row.platform() + ":" + row.corpId(),
					java.util.UUID.randomUUID().toString());
			Duration wait = paced(grant);
			if (!wait.isZero()) {
				defer(row, wait, "waiting for quota");
				return;
			}
		}
		try {
			if (message) {
				sendMessage(platform, row, session, grant);
			}
			else {
				updateCard(platform, row, grant);
			}
		}
		catch (PlatformException ex) {
			if (ex.isTransient() && attempt < maxAttempts) {
				retry(row, attempt, ex.getMessage(), ex.retryAfter());
			}
			else {
				dead(row, ex.getMessage());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Reply {} to {} failed unexpectedly (attempt {})", row.id(), row.platform(), attempt, ex);
			if (attempt < maxAttempts) {
				retry(row, attempt, String.valueOf(ex), null);
			}
			else {
				dead(row, String.valueOf(ex));
			}
		}
	}

	/**
	 * The quota of the reply calls for a platform that allows {@code callsPerSecond} in
	 * any one second (DingTalk: 20 a second per app and API): as many in any window of a
	 * second and {@link #PACE_MARGIN}, the platform's own shape. Calls spaced evenly
	 * instead (a token bucket of one) lose the time of every call slower than the spacing
	 * for good; a window lets the lane catch up after it (P4, BENCHMARKS.md).
	 */
	static RateLimit pace(int callsPerSecond) {
		return new RateLimit(callsPerSecond, Duration.ofSeconds(1).plus(PACE_MARGIN));
	}

	/**
	 * The reply calls are kept to the quota's window across instances: a wait up to
	 * {@link #MAX_PACE} is waited out here, on the lane's own thread, so the lane keeps
	 * the pace the platform allows; a longer one puts the reply off.
	 */
	private Duration paced(QuotaGrant grant) {
		Duration wait = state.acquireInWindow(grant.key(), quota.capacity(), quota.period(), 1, grant.id());
		while (!wait.isZero() && wait.compareTo(MAX_PACE) <= 0) {
			try {
				Thread.sleep(Math.max(1, wait.toMillis()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return wait;
			}
			wait = state.acquireInWindow(grant.key(), quota.capacity(), quota.period(), 1, grant.id());
		}
		return wait;
	}

	/**
	 * One reply call's permit of the quota's window, named so that it can be counted
	 * again from the call's answer.
	 */
	private record QuotaGrant(String key, String id) {
	}

	/**
	 * Makes the platform call and counts its permit again from the call's answer,
	 * whatever the answer (a refusal included): the platform counted the call when it
	 * arrived, which is before the answer, so the window is never shorter than the
	 * platform's. A reply through a sessionWebhook has no permit.
	 */
	private <T> T counted(QuotaGrant grant, java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		finally {
			if (grant != null) {
				try {
					state.recountInWindow(grant.key(), grant.id(), 1, quota.period());
				}
				catch (RuntimeException ex) {
					// the permit still counts from when it was taken: the platform's
					// refusal of a late call is retried
					log.warn("A reply call could not be counted again from its answer", ex);
				}
			}
		}
	}

	/**
	 * How long the person must wait before one more message reaches them under the
	 * platform's per-member limits (WeCom drops what is over them without an error),
	 * counted from the replies sent them on Baton's clock.
	 */
	private Duration memberWait(ReplyRow row, List<RateLimit> limits) {
		Instant now = time.now();
		Duration wait = Duration.ZERO;
		for (RateLimit limit : limits) {
			List<Instant> sent = mapper.sentSince(row.conversationKey(), now.minus(limit.period()), limit.capacity());
			if (sent.size() >= limit.capacity()) {
				Duration until = Duration.between(now, sent.get(sent.size() - 1).plus(limit.period()));
				wait = until.compareTo(wait) > 0 ? until : wait;
			}
		}
		return wait.isNegative() || wait.isZero() ? Duration.ZERO : wait.plusMillis(1);
	}

	private void sendMessage(ChatPlatform platform, ReplyRow row, SessionWebhook session, QuotaGrant grant) {
		OutboundMessage message = ReplyBodies.message(row.body());
		SendResult result = counted(grant, () -> session != null
				? platform.replyInSession(session, row.target(), message) : platform.reply(row.target(), message));
		if (!result.invalidRecipients().isEmpty()) {
			dead(row, "the platform does not know this user");
			return;
		}
		if (!result.throttledRecipients().isEmpty()) {
			// DingTalk's flowControlledStaffIdList: the call succeeded but the person did
			// not get it
			throw new PlatformException(row.platform(), "flowControlled", "throttled by the platform", true, null);
		}
		String code = result.cardResponseCode();
		recorded(() -> tx.executeWithoutResult(s -> {
			if (row.cardId() != null && code != null) {
				mapper.recordReplyResponse(row.id(), code);
				mapper.recordCardResponse(row.platform().name(), row.corpId(), row.targetId(), row.cardId(), code);
			}
			mapper.finish(row.id(), "SENT", null, time.now());
		}));
	}

	private void updateCard(ChatPlatform platform, ReplyRow row, QuotaGrant grant) {
		ReplyBodies.CardUpdate update = ReplyBodies.cardUpdate(row.body());
		String note = null;
		if (update.pressed()) {
			ChatUser person = new ChatUser(row.platform(), row.corpId(), row.targetId());
			InboundEvent.CardAction pressed = new InboundEvent.CardAction(person, Conversation.direct(row.targetId()),
					time.now(), update.cardId(), "", Map.of(), update.responseCode());
			counted(grant, () -> {
				platform.updateCard(pressed, update.outcome());
				return null;
			});
		}
		else {
			String code = update.responseCode() != null ? update.responseCode() : mapper.cardResponseCode(
					row.platform().name(), row.corpId(), row.targetId(), row.conversationKey(), update.cardId());
			SentCard sent = new SentCard(row.corpId(), row.targetId(), update.cardId(), code);
			if (!counted(grant, () -> platform.updateSentCard(sent, update.outcome()))) {
				// the record is right either way: a press of the card is answered with
				// what happened
				note = "the platform cannot update this card without a press";
			}
		}
		String said = note;
		recorded(() -> tx.executeWithoutResult(s -> mapper.finish(row.id(), "SENT", said, time.now())));
	}

	/**
	 * The platform took the reply: record it. It must end as sent, whatever the database
	 * does meanwhile: a failure here (a lost lock, the database restarting) is tried
	 * again, for up to {@link #RECORD_PATIENCE}, never taken for a failed send, which
	 * would send the answer again (DingTalk's reply channels have no duplicate check: the
	 * person would read it twice; the R7 drill, BENCHMARKS.md). Only if the database is
	 * away for longer than that is the reply left under its lease, and sent again when
	 * the lease runs out.
	 */
	private void recorded(Runnable record) {
		long deadline = System.nanoTime() + RECORD_PATIENCE.toNanos();
		for (int tries = 1;; tries++) {
			try {
				record.run();
				return;
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() >= deadline || Thread.currentThread().isInterrupted()) {
					log.error("A reply was sent but could not be recorded; it is sent again when its lease ends", ex);
					return;
				}
				if (tries == 1) {
					log.warn("A reply was sent but could not be recorded yet; trying again: {}", ex.toString());
				}
				try {
					Thread.sleep(Math.min(1000, 50L * tries));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	private void defer(ReplyRow row, Duration wait, String why) {
		tx.executeWithoutResult(s -> mapper.defer(row.id(), time.now().plus(wait), why));
	}

	/**
	 * Again after the backoff, or after as long as the platform said its refusal lasts
	 * when that is longer.
	 */
	private void retry(ReplyRow row, int attempt, String why, Duration platformSays) {
		Duration wait = backoff.after(attempt);
		if (platformSays != null && platformSays.compareTo(wait) > 0) {
			wait = platformSays;
		}
		Instant next = time.now().plus(wait);
		log.info("Reply {} to {}: {} (attempt {}), retrying at {}", row.id(), row.platform(), why, attempt, next);
		tx.executeWithoutResult(s -> mapper.retry(row.id(), next, truncate(why)));
	}

	private void dead(ReplyRow row, String reason) {
		log.warn("Reply {} to {} is a dead letter: {}", row.id(), row.platform(), reason);
		tx.executeWithoutResult(s -> mapper.finish(row.id(), "DEAD", truncate(reason), time.now()));
	}

	private static String truncate(String s) {
		return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
	}

}
