package dev.baton.bot.handover;

import java.time.Instant;
import java.time.LocalDate;

import dev.baton.bot.policy.WaitingStepKind;

/**
 * A step waiting for somebody, with its deadline; re-entering a waiting state opens a new
 * round.
 */
public record WaitingStep(long id, long handoverId, WaitingStepKind kind, String subject, int round,
		LocalDate startedOn, LocalDate dueOn, Instant doneAt) {

	public boolean open() {
		return doneAt == null;
	}

	/**
	 * Overdue on {@code today} (still open after its due day), or done after its due day.
	 */
	public boolean late(LocalDate today, java.time.ZoneId zone) {
		if (doneAt == null) {
			return today.isAfter(dueOn);
		}
		return LocalDate.ofInstant(doneAt, zone).isAfter(dueOn);
	}

}
