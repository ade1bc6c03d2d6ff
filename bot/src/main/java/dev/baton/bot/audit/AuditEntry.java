package dev.baton.bot.audit;

import java.time.Instant;

/** One row of the append-only audit log; {@code hash} seals it and every row before it. */
public record AuditEntry(long seq, Long handoverId, Long actorId, String action, String detail, Instant createdAt,
		String prevHash, String hash) {
}
