package dev.baton.bot.handover;

import java.time.LocalDate;

import dev.baton.bot.policy.WaitingStepKind;

/**
 * An open waiting step with what a to-do list says about it: its handover by name, and
 * for a follow-up step its item, number within the item's plan and words; for a ruling,
 * the handover's policy (JSON) that names the ruling department. Other snapshots are not
 * read.
 */
public record OpenStep(long stepId, WaitingStepKind kind, String subject, LocalDate dueOn, long handoverId,
		String unitPath, String unitName, long departingId, String departingName, long successorId,
		String successorName, HandoverState state, Integer itemSeq, Integer stepSeq, String stepDescription,
		String rulingPolicy) {
}
