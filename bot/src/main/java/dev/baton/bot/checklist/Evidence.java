package dev.baton.bot.checklist;

import java.time.Instant;

/**
 * Supporting material for an item: a stored file (platform media id, storage key) or a
 * link.
 */
public record Evidence(long id, long itemId, String kind, String reference, String label, long addedBy,
		Instant addedAt) {
}
