package dev.baton.bot.access;

/** What an action is about: the unit (by path) and the two parties of the handover. */
public record Subject(String unitPath, long departingId, long successorId) {

	/** The path of the root scope, above every unit. */
	public static final String ROOT_PATH = "/";

	/**
	 * Every unit: the global actions and what only the root scope covers (a top unit, a
	 * broadcast to all).
	 */
	public static final Subject ROOT = new Subject(ROOT_PATH, -1, -1);

	/** A unit, not a handover: directory, groups, broadcasts. */
	public static Subject unit(String unitPath) {
		return new Subject(unitPath, -1, -1);
	}

}
