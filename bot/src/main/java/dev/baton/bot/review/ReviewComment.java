package dev.baton.bot.review;

import java.time.Instant;

import dev.baton.bot.directory.Department;

/** A reviewer's comment on one item, in one round. */
public record ReviewComment(long id, long handoverId, int round, Department department, long itemId, long authorId,
		String body, Instant createdAt) {
}
