package dev.baton.bot.directory;

/**
 * An active official as a name search finds them: who, their post, and the unit they
 * belong to.
 */
public record Person(long id, String name, String post, long unitId, String unitName, String unitPath) {
}
