package dev.baton.bot.handover;

/**
 * What to list: any of state, unit (with the units below it), overdue or not (a waiting
 * step past its due day), only running ones (neither closed nor cancelled), only one id,
 * only those the caller is a party to; newest first, a page at a time. Null fields do not
 * filter. Every filter is applied in SQL. Pages follow ids downwards: pass the last id of
 * a page as {@code beforeId} to get the next one.
 */
public record HandoverFilter(HandoverState state, Long unitId, Boolean overdue, Long beforeId, int limit,
		boolean runningOnly, Long id, boolean partyOnly) {

	public static final int MAX_LIMIT = 500;

	public static final int DEFAULT_LIMIT = 100;

	public HandoverFilter {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " handovers: " + limit);
		}
	}

	public HandoverFilter(HandoverState state, Long unitId, Boolean overdue, Long beforeId, int limit) {
		this(state, unitId, overdue, beforeId, limit, false, null, false);
	}

	public HandoverFilter(HandoverState state, Long unitId, Boolean overdue) {
		this(state, unitId, overdue, null, DEFAULT_LIMIT);
	}

	public static HandoverFilter all() {
		return new HandoverFilter(null, null, null);
	}

	/** The running handovers (neither closed nor cancelled), newest first. */
	public static HandoverFilter running(int limit) {
		return new HandoverFilter(null, null, null, null, limit, true, null, false);
	}

	/**
	 * Only handover {@code id}, if the caller may see it (and it is running, when
	 * {@code runningOnly}).
	 */
	public static HandoverFilter only(long id, boolean runningOnly) {
		return new HandoverFilter(null, null, null, null, 1, runningOnly, id, false);
	}

	public HandoverFilter before(Long id) {
		return new HandoverFilter(state, unitId, overdue, id, limit, runningOnly, this.id, partyOnly);
	}

	/** Only those the caller is departing from or succeeding to. */
	public HandoverFilter asParty() {
		return new HandoverFilter(state, unitId, overdue, beforeId, limit, runningOnly, id, true);
	}

}
