package dev.baton.bot.escalation;

import java.time.Instant;

/**
 * The record of one stage of one step: sent, skipped (nobody holds the post) or missed
 * (folded into a later one).
 */
public record EscalationNotice(long id, long stepId, long handoverId, String stage, int escLevel, String outcome,
		Instant scheduledAt, Instant firedAt, int recipients) {
}
