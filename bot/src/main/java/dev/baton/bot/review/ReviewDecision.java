package dev.baton.bot.review;

import java.time.Instant;

import dev.baton.bot.directory.Department;

/** One department's verdict in one round of joint review: APPROVED or RETURNED. */
public record ReviewDecision(long id, long handoverId, int round, Department department, long reviewerId,
		String decision, String comment, Instant decidedAt) {
}
