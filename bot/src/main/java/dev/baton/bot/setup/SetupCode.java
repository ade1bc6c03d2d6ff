package dev.baton.bot.setup;

import java.time.Instant;

/** A setup code as stored: its hash, never the code. */
record SetupCode(long id, String codeSha256, Instant createdAt, Instant expiresAt, Instant claimedAt, Long officialId,
		Instant voidedAt) {
}
