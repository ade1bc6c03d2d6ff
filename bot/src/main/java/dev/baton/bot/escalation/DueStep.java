package dev.baton.bot.escalation;

import java.time.LocalDate;

import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.policy.WaitingStepKind;

/**
 * A due waiting step with what its messages need of its handover, read in one query (the
 * handover's policy snapshots apart: the sweep reads those once per handover);
 * {@code extensions} is how many times an organizer moved its due day (its ladder starts
 * again for each new day), {@code extendedOn} the day of the last move (null if never).
 */
public record DueStep(long id, long handoverId, WaitingStepKind kind, String subject, int round, LocalDate startedOn,
		LocalDate dueOn, long unitId, String unitPath, String unitName, HandoverState state, long departingId,
		String departingName, long successorId, String successorName, long organizerId, int extensions,
		LocalDate extendedOn) {

	/**
	 * Reminders fall only on days after this: the step's start, or the day its due day
	 * was last moved.
	 */
	public LocalDate remindAfter() {
		return extendedOn != null && extendedOn.isAfter(startedOn) ? extendedOn : startedOn;
	}
}
