package dev.baton.bot.followup;

import java.time.Instant;
import java.time.LocalDate;

/** A planned step as stored, with the item it serves. */
public record FollowUpStep(long id, long planId, int itemSeq, int seq, String description, LocalDate dueOn,
		Instant completedAt) {
}
