package dev.baton.bot.followup;

import java.time.Instant;

public record Progress(long id, long stepId, String note, String evidence, boolean completes, long reportedBy,
		Instant reportedAt) {
}
