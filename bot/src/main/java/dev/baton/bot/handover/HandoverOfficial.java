package dev.baton.bot.handover;

/**
 * A person a handover's record names, as the record names them: their name and post when
 * the handover was opened (the parties) or archived (everyone else its 交接书 names),
 * whatever the directory says of them now.
 */
public record HandoverOfficial(long officialId, String name, String post) {
}
