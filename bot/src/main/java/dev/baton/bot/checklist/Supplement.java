package dev.baton.bot.checklist;

import java.time.Instant;

/**
 * More words on an item, kept as said (第4项补充：…), above all the departing official's
 * answer to a review's return: who said it, when, and in which review round (0 before the
 * first submission).
 */
public record Supplement(long id, long itemId, int round, String body, long addedBy, Instant addedAt) {
}
