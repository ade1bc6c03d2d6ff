package dev.baton.bot.handover;

/** What the organizer gives to open a handover. */
public record OpenRequest(long unitId, long departingId, long successorId, HandoverReason reason) {
}
