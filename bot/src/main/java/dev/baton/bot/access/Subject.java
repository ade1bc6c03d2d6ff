package dev.baton.bot.access;

/** What an action is about: the unit (by path) and the two parties of the handover. */
public record Subject(String unitPath, long departingId, long successorId) {
}
