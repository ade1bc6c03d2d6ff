package dev.baton.bot.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.system.InsertChunks;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications a change causes, written in the same transaction as the change: they are
 * sent if and only if the change commits. Delivery (batching, quotas, retries) belongs to
 * the platforms layer.
 */
@Service
public class Outbox {

	/**
	 * The key of the transaction's set of "handover:recipient" notices queued so far.
	 */
	private static final Object QUEUED = new Object();

	private final OutboxMapper mapper;

	private final TimeSource time;

	private final JsonMapper json;

	Outbox(OutboxMapper mapper, TimeSource time, JsonMapper json) {
		this.mapper = mapper;
		this.time = time;
		this.json = json;
	}

	/**
	 * One row per distinct recipient.
	 * @param confidential amounts or discipline matters: deliver only 1:1, never to a
	 * group
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(Long handoverId, OutboxEvent event, Collection<Long> recipients, boolean confidential,
			Map<String, ?> payload) {
		enqueueAll(List.of(new Notification(handoverId, event, recipients, confidential, payload)));
	}

	/**
	 * Many notifications in one statement (the escalation sweep writes a batch of steps
	 * at once); each one row per distinct recipient, as {@link #enqueue}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueueAll(List<Notification> notifications) {
		List<OutboxMapper.Row> rows = new ArrayList<>();
		for (Notification n : notifications) {
			String body = json.writeValueAsString(n.payload());
			for (Long recipient : new LinkedHashSet<>(n.recipients())) {
				rows.add(new OutboxMapper.Row(n.handoverId(), n.event(), recipient, null, n.confidential(), body));
			}
		}
		noteQueued(rows);
		// a broadcast to a whole county is 100,000 rows: never one statement past the
		// server's packet limit
		Instant now = time.now();
		for (List<OutboxMapper.Row> chunk : InsertChunks.of(rows, OutboxMapper.Row::payload)) {
			mapper.insertAll(chunk, now);
		}
	}

	/**
	 * One message to the chat groups bound to a unit. Groups carry counts and progress
	 * only, so a group message is never confidential (the database refuses one as well).
	 * A unit with no group bound gets a dead letter its organizer can see ("no chat group
	 * bound"), not a silent drop.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueueToGroups(Long handoverId, OutboxEvent event, long unitId, Map<String, ?> payload) {
		mapper.insertAll(
				List.of(new OutboxMapper.Row(handoverId, event, null, unitId, false, json.writeValueAsString(payload))),
				time.now());
	}

	/**
	 * Whether a notice about the handover was queued to the official in the current
	 * transaction (a chat turn is one): the reply to the act that queued it need not say
	 * again what the notice says (newcomer 24, finding 12).
	 */
	public boolean queuedNow(long handoverId, Long recipientId) {
		return queued().contains(handoverId + ":" + recipientId);
	}

	@SuppressWarnings("unchecked")
	private static Set<String> queued() {
		Object set = TransactionSynchronizationManager.getResource(QUEUED);
		return set == null ? Set.of() : (Set<String>) set;
	}

	private static void noteQueued(List<OutboxMapper.Row> rows) {
		if (rows.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		if (TransactionSynchronizationManager.getResource(QUEUED) == null) {
			TransactionSynchronizationManager.bindResource(QUEUED, new HashSet<String>());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(QUEUED);
				}
			});
		}
		Set<String> set = queued();
		rows.forEach(r -> set.add(r.handoverId() + ":" + r.recipientId()));
	}

	public List<OutboxMessage> forHandover(long handoverId) {
		return mapper.forHandover(handoverId);
	}

	/** One notification to queue: {@link #enqueue}'s arguments. */
	public record Notification(Long handoverId, OutboxEvent event, Collection<Long> recipients, boolean confidential,
			Map<String, ?> payload) {
	}

}
