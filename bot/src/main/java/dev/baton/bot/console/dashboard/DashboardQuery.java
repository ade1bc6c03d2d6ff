package dev.baton.bot.console.dashboard;

import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.handover.HandoverState;

/**
 * What the dashboard shows: one state (none: the running handovers), the handovers under
 * one unit, of one grade, with one discipline flag, whose unit, departing or successor
 * name holds {@code name}; every field may be null.
 */
public record DashboardQuery(HandoverState state, Long unitId, Grade grade, DisciplineFlag flag, String name) {

	/**
	 * The most handovers one dashboard reads; past it the view says so, and a filter
	 * narrows it.
	 */
	public static final int MAX_HANDOVERS = 1000;

	/** The longest name searched for. */
	public static final int MAX_NAME = 50;

	public static DashboardQuery all() {
		return new DashboardQuery(null, null, null, null, null);
	}

	/**
	 * Whether a filter narrows the running handovers (a state, unit, grade, flag or
	 * name): the page's "none" lines then speak of the handovers filtered, not of all
	 * (newcomer 20b, finding 7).
	 */
	public boolean filtered() {
		return state != null || unitId != null || grade != null || flag != null || searched() != null;
	}

	/** The name as searched for: stripped, null when blank. */
	public String searched() {
		return name == null || name.isBlank() ? null : name.strip();
	}

}
