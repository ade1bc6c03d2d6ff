package dev.baton.bot.policy;

/**
 * A deadline length: "10 日内" is {@code (10, CALENDAR_DAYS)}, "7 个工作日" is
 * {@code (7, WORKING_DAYS)}.
 */
public record Period(int value, DeadlineUnit unit) {

	public Period {
		if (value <= 0 || value > 366) {
			throw new IllegalArgumentException("a period is 1 to 366 days: " + value);
		}
		if (unit == null) {
			throw new IllegalArgumentException("a period needs a unit");
		}
	}

	public static Period calendarDays(int value) {
		return new Period(value, DeadlineUnit.CALENDAR_DAYS);
	}

	public static Period workingDays(int value) {
		return new Period(value, DeadlineUnit.WORKING_DAYS);
	}

}
