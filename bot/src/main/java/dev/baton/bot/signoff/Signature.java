package dev.baton.bot.signoff;

import java.time.Instant;

import dev.baton.bot.policy.SignerRole;

public record Signature(long id, long handoverId, SignerRole signerRole, long officialId, Instant signedAt) {
}
