package dev.baton.bot.handover;

/**
 * What to list: any of state, unit (with the units below it), and only those with an overdue waiting step.
 * Null fields do not filter.
 */
public record HandoverFilter(HandoverState state, Long unitId, Boolean overdue) {

	public static HandoverFilter all() {
		return new HandoverFilter(null, null, null);
	}

}
