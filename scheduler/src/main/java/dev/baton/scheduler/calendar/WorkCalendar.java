package dev.baton.scheduler.calendar;

import java.time.LocalDate;

/**
 * Which days are working days, and deadlines counted on them. Periods follow 民法典 arts.
 * 201 and 203: the start day is not counted, and a calendar-day period whose last day is
 * a rest day ends on the next working day.
 */
public interface WorkCalendar {

	boolean isWorkingDay(LocalDate day);

	/** The {@code days}-th working day after {@code start} ("N 个工作日"). */
	default LocalDate addWorkingDays(LocalDate start, int days) {
		requirePositive(days);
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * {@code days} calendar days after {@code start} ("N 日内"), rolled forward to a
	 * working day.
	 */
	default LocalDate addCalendarDays(LocalDate start, int days) {
		requirePositive(days);
		LocalDate day = start.plusDays(days);
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * The working days in ({@code from}, {@code to}]: how many working days a step due on
	 * {@code from} is overdue on {@code to}, as every page and message counts it.
	 */
	default int workingDaysBetween(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				days++;
			}
		}
		return days;
	}

	private static void requirePositive(int days) {
		if (days <= 0) {
			throw new IllegalArgumentException("a period is at least one day: " + days);
		}
	}

}
