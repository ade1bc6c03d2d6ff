package dev.baton.bot.directory;

/**
 * A department's reviewer post over a scope was granted to someone or taken from them,
 * published in the transaction that changed it: the running handovers under the scope may
 * have gained a reviewer, or lost the last one who may review them.
 *
 * @param officialId who was granted or lost the post
 * @param granted true when granted, false when taken away
 */
public record ReviewerPostChanged(long officialId, Department department, String scopePath, boolean granted) {
}
