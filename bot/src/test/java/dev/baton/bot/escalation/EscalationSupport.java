package dev.baton.bot.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.MutableClock;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the sweep on a moved clock and reads back what it sent, one line per outbox row.
 */
final class EscalationSupport {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private static final Set<String> EVENTS = Set.of("REMINDER", "ESCALATION", "ESCALATION_SKIPPED");

	private final MutableClock clock;

	private final EscalationSweep sweep;

	private final Outbox outbox;

	private final JsonMapper json;

	EscalationSupport(MutableClock clock, EscalationSweep sweep, Outbox outbox, JsonMapper json) {
		this.clock = clock;
		this.sweep = sweep;
		this.outbox = outbox;
		this.json = json;
	}

	static Instant beijing(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
	}

	/**
	 * Sweeps every {@code step} from now until {@code end} (inclusive), as the minute job
	 * would, but faster.
	 */
	void sweepUntil(String end, Duration step) {
		Instant until = beijing(end);
		while (!clock.instant().isAfter(until)) {
			sweep.sweepDue();
			clock.advance(step);
		}
	}

	/**
	 * The reminder and escalation rows of the handovers, ordered by time and text:
	 * {@code "10-09 09:00 ESCALATION L1 CHECKLIST#1 due 2026-10-08 → A.departing"}.
	 */
	List<String> messages(Map<Long, String> people, long... handoverIds) {
		List<Line> lines = new ArrayList<>();
		for (long id : handoverIds) {
			for (OutboxMessage m : outbox.forHandover(id)) {
				if (EVENTS.contains(m.event().name())) {
					lines.add(new Line(m.createdAt(), describe(m, people)));
				}
			}
		}
		lines.sort((a, b) -> a.at.equals(b.at) ? a.text.compareTo(b.text) : a.at.compareTo(b.at));
		return lines.stream().map(Line::text).toList();
	}

	JsonNode payload(OutboxMessage m) {
		return json.readTree(m.payload());
	}

	private String describe(OutboxMessage m, Map<Long, String> people) {
		JsonNode p = payload(m);
		return WHEN.format(m.createdAt().atZone(BEIJING)) + " " + m.event() + " " + p.path("stage").asString() + " "
				+ p.path("step").asString() + "#" + p.path("round").asInt() + " due " + p.path("dueOn").asString()
				+ " → " + people.getOrDefault(m.recipientId(), "official " + m.recipientId());
	}

	private record Line(Instant at, String text) {
	}

}
