package dev.baton.bot.broadcast;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * When a broadcast sends, as an officer chooses it (newcomer 12: nobody in a 组织部 writes a
 * Quartz cron): every day, every working day, one day of every week or one day of every
 * month, at a time of day; turned into the cron and the working-days flag the scheduler
 * reads, and read back from them for the list. "Every working day" fires daily and skips
 * the rest days of Baton's work calendar (the State Council's holidays and make-up
 * working days), so a make-up Saturday is a working day too.
 *
 * @param weekday the day of a weekly schedule (null otherwise)
 * @param monthDay the day of a monthly schedule, 1 to 28, or {@link #LAST_DAY} (null
 * otherwise)
 * @param skipRestDays a weekly or monthly run on a rest day is left out (always so for
 * {@link Repeat#WORKING_DAYS}, never for {@link Repeat#DAILY})
 */
public record Schedule(Repeat repeat, DayOfWeek weekday, Integer monthDay, LocalTime at, boolean skipRestDays) {

	/** The month's last day, as {@code monthDay}. */
	public static final int LAST_DAY = 0;

	/** The latest numbered day offered: every month has it. */
	public static final int MONTH_DAY_MAX = 28;

	public enum Repeat {

		DAILY, WORKING_DAYS, WEEKLY, MONTHLY

	}

	public Schedule {
		if (repeat == null || at == null) {
			throw new IllegalArgumentException("a schedule repeats at a time of day");
		}
		if ((repeat == Repeat.WEEKLY) != (weekday != null)) {
			throw new IllegalArgumentException("a weekly schedule, and only one, names a weekday");
		}
		if ((repeat == Repeat.MONTHLY) != (monthDay != null)
				|| monthDay != null && (monthDay < LAST_DAY || monthDay > MONTH_DAY_MAX)) {
			throw new IllegalArgumentException(
					"a monthly schedule, and only one, names a day from 1 to 28 or the last");
		}
		at = at.withSecond(0).withNano(0);
		skipRestDays = repeat == Repeat.WORKING_DAYS || repeat != Repeat.DAILY && skipRestDays;
	}

	/** The Quartz cron expression (seconds first) the scheduler fires by. */
	public String cron() {
		String time = "0 " + at.getMinute() + " " + at.getHour() + " ";
		return switch (repeat) {
			case DAILY, WORKING_DAYS -> time + "* * ?";
			case WEEKLY -> time + "? * " + weekday.name().substring(0, 3);
			case MONTHLY -> time + (monthDay == LAST_DAY ? "L" : monthDay.toString()) + " * ?";
		};
	}

	/** Whether a run on a rest day of the work calendar is left out. */
	public boolean workingDaysOnly() {
		return skipRestDays;
	}

	/**
	 * The schedule a broadcast's cron and flag stand for, when they are one of the plain
	 * choices (as {@link #cron()} writes them, or with a weekday written as a number or
	 * the day of month without "?"); empty for any other cron, which only an
	 * administrator writes.
	 */
	public static Optional<Schedule> of(String cron, boolean workingDaysOnly) {
		if (cron == null) {
			return Optional.empty();
		}
		String[] f = cron.strip().toUpperCase(Locale.ROOT).split("\\s+");
		if (f.length < 6 || f.length > 7 || !f[0].equals("0") || !f[4].equals("*")
				|| f.length == 7 && !f[6].equals("*")) {
			return Optional.empty();
		}
		Integer minute = number(f[1], 0, 59);
		Integer hour = number(f[2], 0, 23);
		if (minute == null || hour == null) {
			return Optional.empty();
		}
		LocalTime at = LocalTime.of(hour, minute);
		boolean anyDay = f[3].equals("*") || f[3].equals("?");
		boolean anyWeekday = f[5].equals("*") || f[5].equals("?");
		if (anyDay && anyWeekday) {
			return Optional.of(new Schedule(workingDaysOnly ? Repeat.WORKING_DAYS : Repeat.DAILY, null, null, at,
					workingDaysOnly));
		}
		if (anyDay) {
			DayOfWeek day = weekday(f[5]);
			return day == null ? Optional.empty()
					: Optional.of(new Schedule(Repeat.WEEKLY, day, null, at, workingDaysOnly));
		}
		if (anyWeekday) {
			Integer day = f[3].equals("L") ? Integer.valueOf(LAST_DAY) : number(f[3], 1, MONTH_DAY_MAX);
			return day == null ? Optional.empty()
					: Optional.of(new Schedule(Repeat.MONTHLY, null, day, at, workingDaysOnly));
		}
		return Optional.empty();
	}

	private static Integer number(String field, int min, int max) {
		if (!field.matches("\\d{1,2}")) {
			return null;
		}
		int n = Integer.parseInt(field);
		return n < min || n > max ? null : n;
	}

	/** MON…SUN, or Quartz's 1 (Sunday) to 7 (Saturday); null for anything else. */
	private static DayOfWeek weekday(String field) {
		for (DayOfWeek d : DayOfWeek.values()) {
			if (d.name().startsWith(field) && field.length() == 3) {
				return d;
			}
		}
		Integer n = number(field, 1, 7);
		return n == null ? null : DayOfWeek.SUNDAY.plus(n - 1);
	}

}
