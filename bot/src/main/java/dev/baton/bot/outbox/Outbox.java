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
		insert(notifications.stream().map(this::bundled).toList(), time.now());
	}

	/**
	 * Many notifications as one {@code outbox_bundle} row (V65) instead of a row per
	 * recipient: the due-step sweep's batch writes one row where it wrote one per due
	 * step. The delivery worker {@linkplain #unpackBundles unpacks} it into the rows
	 * {@link #enqueueAll} would have written (with this moment as their creation), so
	 * until then the notifications are not in {@link #forHandover}. Bundles larger than a
	 * statement may carry are split, as {@link #enqueueAll} splits its rows.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueueBundled(List<Notification> notifications) {
		List<Bundled> all = notifications.stream().map(this::bundled).toList();
		Instant now = time.now();
		for (List<Bundled> bundle : InsertChunks.of(all, Bundled::payload)) {
			mapper.insertBundle(json.writeValueAsString(bundle), now);
		}
	}

	/**
	 * Unpacks up to {@code limit} bundles into their outbox rows, in the caller's
	 * transaction (or one of its own), deleting them: a bundle another transaction holds
	 * is skipped, so each is unpacked once however many workers look.
	 * @return the outbox rows written
	 */
	@Transactional
	public int unpackBundles(int limit) {
		List<OutboxMapper.Bundle> bundles = mapper.claimBundles(limit);
		if (bundles.isEmpty()) {
			return 0;
		}
		int rows = 0;
		for (OutboxMapper.Bundle bundle : bundles) {
			rows += insert(List.of(json.readValue(bundle.notifications(), Bundled[].class)), bundle.createdAt());
		}
		mapper.deleteBundles(bundles.stream().map(OutboxMapper.Bundle::id).toList());
		return rows;
	}

	private Bundled bundled(Notification n) {
		return new Bundled(n.handoverId(), n.event(), List.copyOf(new LinkedHashSet<>(n.recipients())),
				n.confidential(), json.writeValueAsString(n.payload()));
	}

	/** One row per distinct recipient; returns how many. */
	private int insert(List<Bundled> notifications, Instant at) {
		List<OutboxMapper.Row> rows = new ArrayList<>();
		for (Bundled n : notifications) {
			for (Long recipient : n.recipients()) {
				rows.add(new OutboxMapper.Row(n.handoverId(), n.event(), recipient, null, n.confidential(),
						n.payload()));
			}
		}
		// a broadcast to a whole county is 100,000 rows: never one statement past the
		// server's packet limit
		for (List<OutboxMapper.Row> chunk : InsertChunks.of(rows, OutboxMapper.Row::payload)) {
			mapper.insertAll(chunk, at);
		}
		return rows.size();
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

	/**
	 * A notification as a bundle holds it: its distinct recipients, its payload as the
	 * JSON its outbox rows carry.
	 */
	record Bundled(Long handoverId, OutboxEvent event, List<Long> recipients, boolean confidential, String payload) {
	}

	/** One notification to queue: {@link #enqueue}'s arguments. */
	public record Notification(Long handoverId, OutboxEvent event, Collection<Long> recipients, boolean confidential,
			Map<String, ?> payload) {
	}

}
