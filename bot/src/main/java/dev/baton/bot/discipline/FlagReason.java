package dev.baton.bot.discipline;

/**
 * Why a discipline flag was raised, in words: Chinese (as the documents say it) and
 * English.
 */
public record FlagReason(String zh, String en) {
}
