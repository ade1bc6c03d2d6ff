package dev.baton.bot.inbox;

import java.time.Instant;

/** A stored inbound event as a worker claims it. */
public record InboxRow(long id, String platform, String eventKey, String senderKey, String body, String status,
		int attempts, int retries, Instant availableAt, String lastError) {
}
