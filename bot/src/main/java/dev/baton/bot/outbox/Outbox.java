package dev.baton.bot.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.baton.bot.system.InsertChunks;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications a change causes, written in the same transaction as the change: they are
 * sent if and only if the change commits. Delivery (batching, quotas, retries) belongs to
 * the platforms layer.
 */
@Service
public class Outbox {

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

	public List<OutboxMessage> forHandover(long handoverId) {
		return mapper.forHandover(handoverId);
	}

	/** One notification to queue: {@link #enqueue}'s arguments. */
	public record Notification(Long handoverId, OutboxEvent event, Collection<Long> recipients, boolean confidential,
			Map<String, ?> payload) {
	}

}
