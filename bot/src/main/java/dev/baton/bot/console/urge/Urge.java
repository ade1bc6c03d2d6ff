package dev.baton.bot.console.urge;

import java.time.Instant;

/** One 催办: which step, by whom, when, to how many people, with what note. */
public record Urge(long id, long stepId, long handoverId, long urgedBy, String urgedByName, Instant urgedAt,
		int recipients, String note) {
}
