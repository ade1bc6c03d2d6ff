package dev.baton.bot.outbox;

import java.time.Instant;

/** A message waiting for (or done with) delivery. */
public record OutboxMessage(long id, Long handoverId, OutboxEvent event, long recipientId, boolean confidential,
		String payload, String status, int attempts, Instant availableAt, Instant createdAt) {
}
