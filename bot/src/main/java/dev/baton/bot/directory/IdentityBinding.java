package dev.baton.bot.directory;

/**
 * A chat account (platform, corp, user id) and the official it is, or is to be, bound to.
 */
public record IdentityBinding(String platform, String corpId, String userId, long officialId) {
}
