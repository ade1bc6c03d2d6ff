package dev.baton.bot.directory;

/**
 * Officials in a unit and the units below it, a page at a time by id.
 *
 * @param text part of the name, post or mobile, or null for everyone
 * @param active true or false to keep only active or inactive officials, null for both
 * @param after the last id of the page before (0 for the first page)
 * @param limit at most this many
 */
public record OfficialQuery(String unitPath, String text, Boolean active, long after, int limit) {

	public static final int MAX_LIMIT = 500;

}
