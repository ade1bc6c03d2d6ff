package dev.baton.bot.directory;

import java.time.Instant;

/** A chat account bound to an official: (platform, corp, user id) → official. */
public record ChatIdentity(long id, String platform, String corpId, String userId, long officialId, Instant boundAt) {
}
