package dev.baton.bot.signoff;

import java.time.Instant;

import dev.baton.bot.access.SignerRole;

public record Signature(long id, long handoverId, SignerRole signerRole, long officialId, Instant signedAt) {
}
