package dev.baton.bot.policy;

/**
 * How a period is counted: 自然日 (rolled forward past a rest day) or 工作日 on the work
 * calendar.
 */
public enum DeadlineUnit {

	CALENDAR_DAYS, WORKING_DAYS

}
