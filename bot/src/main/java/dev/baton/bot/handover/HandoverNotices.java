package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.calendar.CalendarCoverage;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import org.springframework.stereotype.Component;

/**
 * Notices about a handover, queued in the outbox in the caller's transaction: the payload
 * carries the case's names (unit, departing official, successor, state) so the message
 * can be rendered without another lookup, and says when a deadline in it could not be
 * checked against the holiday calendar.
 */
@Component
public class HandoverNotices {

	/**
	 * The payload fields that carry a deadline Baton set: checked against the holiday
	 * calendar's years.
	 */
	private static final List<String> DEADLINES = List.of("dueOn", "checklistDue", "receiptDue");

	private final Outbox outbox;

	private final Directory directory;

	private final CalendarCoverage calendar;

	HandoverNotices(Outbox outbox, Directory directory, CalendarCoverage calendar) {
		this.outbox = outbox;
		this.directory = directory;
		this.calendar = calendar;
	}

	/** Queues a notification about the handover to the people named. */
	public void notify(Handover h, OutboxEvent event, Collection<Long> recipients, boolean confidential,
			Map<String, ?> extra) {
		Map<String, Object> payload = payload(h, extra);
		List<Long> asked = payload.containsKey("uncheckedYears")
				? recipients.stream().filter(calendar::asksToLoad).distinct().toList() : List.of();
		List<Long> others = recipients.stream().filter(r -> !asked.contains(r)).toList();
		if (!others.isEmpty() || asked.isEmpty()) {
			outbox.enqueue(h.id(), event, others, confidential, payload);
		}
		if (!asked.isEmpty()) {
			// a deadline in a year with no holiday notice: one who is asked to load it
			// reads that it is theirs to load (newcomer 25, finding 15)
			Map<String, Object> theirs = new LinkedHashMap<>(payload);
			theirs.put(CalendarCoverage.ASKED_TO_LOAD, true);
			outbox.enqueue(h.id(), event, asked, confidential, theirs);
		}
	}

	/**
	 * Queues a notification of an act to the people concerned, less the one who acted:
	 * their page or chat reply has already told them what they did (newcomer 20b, finding
	 * 4). An act of the system (a sweep) leaves nobody out.
	 */
	public void notifyOthers(Handover h, OutboxEvent event, Actor actor, Collection<Long> concerned,
			boolean confidential, Map<String, ?> extra) {
		List<Long> others = concerned.stream().filter(id -> actor == null || !actor.is(id)).toList();
		if (!others.isEmpty()) {
			notify(h, event, others, confidential, extra);
		}
	}

	/**
	 * A message about the handover to the chat groups of its unit: never confidential
	 * (counts and progress).
	 */
	public void notifyUnitGroups(Handover h, OutboxEvent event, Map<String, ?> extra) {
		outbox.enqueueToGroups(h.id(), event, h.unitId(), payload(h, extra));
	}

	private Map<String, Object> payload(Handover h, Map<String, ?> extra) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("handoverId", h.id());
		payload.put("unit", directory.unit(h.unitId()).name());
		payload.put("departing", directory.official(h.departingId()).name());
		payload.put("successor", directory.official(h.successorId()).name());
		payload.put("state", h.state().name());
		payload.putAll(extra);
		List<Integer> unchecked = calendar.unloadedYears(DEADLINES.stream()
			.map(extra::get)
			.filter(v -> v != null && v.toString().matches("\\d{4}-\\d{2}-\\d{2}"))
			.map(v -> LocalDate.parse(v.toString()))
			.toList());
		if (!unchecked.isEmpty()) {
			// the notice says the deadline could not be checked for holidays
			payload.put("uncheckedYears", unchecked);
		}
		return payload;
	}

}
