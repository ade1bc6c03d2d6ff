package dev.baton.bot.directory;

public record Official(long id, String name, String post, long unitId, boolean active) {
}
