package dev.baton.bot.broadcast;

/** What a broadcast sends. */
public enum BroadcastKind {

	/**
	 * the 督办 digest, computed when it runs: counts by state, overdue steps, discipline
	 * flags
	 */
	SUPERVISION_DIGEST,
	/** a fixed text */
	MESSAGE

}
