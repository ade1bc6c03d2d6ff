package dev.baton.bot.directory;

/**
 * An official in the directory; {@code mobile} is null when the organization department
 * has not recorded it.
 */
public record Official(long id, String name, String post, long unitId, boolean active, String mobile) {
}
