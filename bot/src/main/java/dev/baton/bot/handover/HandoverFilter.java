package dev.baton.bot.handover;

/**
 * What to list: any of state, unit (with the units below it), overdue or not (a waiting step past its due day), newest
 * first, a page at a time. Null fields do not filter. Pages follow ids downwards: pass the last id of a page as
 * {@code beforeId} to get the next one.
 */
public record HandoverFilter(HandoverState state, Long unitId, Boolean overdue, Long beforeId, int limit) {

	public static final int MAX_LIMIT = 500;

	public static final int DEFAULT_LIMIT = 100;

	public HandoverFilter {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " handovers: " + limit);
		}
	}

	public HandoverFilter(HandoverState state, Long unitId, Boolean overdue) {
		this(state, unitId, overdue, null, DEFAULT_LIMIT);
	}

	public static HandoverFilter all() {
		return new HandoverFilter(null, null, null);
	}

}
