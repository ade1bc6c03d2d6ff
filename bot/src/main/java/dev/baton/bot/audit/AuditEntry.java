package dev.baton.bot.audit;

import java.time.Instant;

/**
 * One row of the append-only audit log. {@code seq} is the global order of the rows;
 * {@code chainSeq} is the row's place in its chain ({@code chainId}: its handover, 0 for
 * unit-level and system events, -1 for the rows written before the chains), and
 * {@code hash} seals it and every row before it in that chain.
 */
public record AuditEntry(long seq, long chainId, long chainSeq, Long handoverId, Long actorId, String action,
		String detail, Instant createdAt, String prevHash, String hash) {
}
