package dev.baton.bot.documents;

import java.time.Instant;

/** When a handover was archived, closed or cancelled (null while not), for the ledger. */
public record ArchiveDates(long id, Instant archivedAt, Instant closedAt, Instant cancelledAt) {
}
