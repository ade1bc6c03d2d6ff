package dev.baton.bot.documents;

/** A made file: its name as people see it, its media type and its bytes. */
public record DocumentFile(String fileName, String contentType, byte[] bytes) {
}
