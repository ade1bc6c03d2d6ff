package dev.baton.bot.broadcast;

/** Who a broadcast goes to, resolved when it runs. */
public enum BroadcastTarget {

	/**
	 * the holders of a role (for reviewers: of a department) over the broadcast's unit,
	 * or anywhere
	 */
	ROLE,
	/** every active official of the broadcast's unit and the units below it, each 1:1 */
	UNIT,
	/**
	 * the chat groups bound to the broadcast's unit: one post each; a digest there
	 * carries counts only (no names, no findings)
	 */
	GROUP

}
