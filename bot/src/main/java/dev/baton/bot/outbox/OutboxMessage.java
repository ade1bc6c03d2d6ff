package dev.baton.bot.outbox;

import java.time.Instant;

/**
 * A message waiting for (or done with) delivery: to one official ({@code recipientId}),
 * or to the chat groups bound to one unit ({@code groupUnitId}, never confidential).
 */
public record OutboxMessage(long id, Long handoverId, OutboxEvent event, Long recipientId, Long groupUnitId,
		boolean confidential, String payload, String status, int attempts, Instant availableAt, Instant createdAt) {
}
