package dev.baton.bot.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import dev.baton.scheduler.calendar.ChinaWorkCalendar;
import dev.baton.scheduler.calendar.StatutoryHolidays;

/**
 * Whether Baton can tell holidays from working days in the years of some deadlines: a
 * year without the State Council's notice is counted Monday to Friday, so a deadline set
 * in it (a plan step due on 2027-01-01, 元旦) is flagged where it is set, and the
 * administrators are asked to load the notice.
 */
public class CalendarCoverage {

	/**
	 * The code of a public holiday on a fixed day of the Gregorian year (NEW_YEAR,
	 * LABOUR_DAY, NATIONAL_DAY), or null; which days those are is the law's, kept in
	 * {@link StatutoryHolidays}.
	 */
	private static String fixedHolidayCode(LocalDate day) {
		if (!StatutoryHolidays.isFixedDateHoliday(day)) {
			return null;
		}
		return switch (day.getMonth()) {
			case JANUARY -> "NEW_YEAR";
			case MAY -> "LABOUR_DAY";
			default -> "NATIONAL_DAY";
		};
	}

	/**
	 * A day that is no working day: a holiday by its name in the loaded notice
	 * ({@code holiday}), or a fixed-date one by its code ({@code fixedHoliday}: NEW_YEAR,
	 * LABOUR_DAY, NATIONAL_DAY), else a Saturday or Sunday ({@code weekday}).
	 */
	public record RestDay(LocalDate day, String holiday, String fixedHoliday, DayOfWeek weekday) {
	}

	/**
	 * A notice's payload field, true in the copy for one asked to load a year its
	 * deadlines fall in ({@link #asksToLoad}).
	 */
	public static final String ASKED_TO_LOAD = "askedToLoad";

	/** The field of a notice template that says who loads a missing year. */
	public static final String WHO_LOADS = "whoLoads";

	private final ChinaWorkCalendar calendar;

	private final MissingYearWarnings warnings;

	CalendarCoverage(ChinaWorkCalendar calendar, MissingYearWarnings warnings) {
		this.calendar = calendar;
		this.warnings = warnings;
	}

	/**
	 * The years of these days with no holiday notice loaded, in order; the administrators
	 * are told of each.
	 */
	public List<Integer> unloadedYears(Collection<LocalDate> days) {
		TreeSet<Integer> missing = new TreeSet<>();
		var table = calendar.table();
		days.stream()
			.filter(Objects::nonNull)
			.map(LocalDate::getYear)
			.filter(y -> !table.covers(y))
			.forEach(missing::add);
		missing.forEach(warnings::missingYear);
		return List.copyOf(missing);
	}

	/**
	 * Whether the official is one asked to load a missing year's notice (newcomer 25,
	 * finding 15): a text that says a deadline could not be checked tells them the year
	 * is theirs to load, not that the administrators were asked.
	 */
	public boolean asksToLoad(Long official) {
		return official != null && warnings.asks(official);
	}

	/**
	 * The message key that says who loads a missing year: the reader, who is asked to
	 * ({@link #asksToLoad}), or the administrators, who were asked.
	 */
	public static String whoLoads(boolean readerAsked) {
		return readerAsked ? "calendar.missingYear.yoursToLoad" : "calendar.missingYear.askedToLoad";
	}

	/**
	 * The first day off of a holiday in a year, by its name in the loaded notice (春节; a
	 * day named "国庆节、中秋节" is of both), or null when that year's notice is not loaded or
	 * holds no such holiday: a lunar holiday's date is never guessed (#12, newcomer 5:
	 * 明年春节前付清).
	 */
	public LocalDate holidayStart(String name, int year) {
		var table = calendar.table();
		if (name == null || !table.covers(year)) {
			return null;
		}
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			String named = table.holidayName(day);
			if (named != null && java.util.Arrays.asList(named.split("、")).contains(name)) {
				return day;
			}
		}
		return null;
	}

	/**
	 * Why this day is no working day, or null when it is one: in a year whose notice is
	 * loaded, by that notice (a make-up workday on a Saturday is a working day); in
	 * another year a Saturday, a Sunday or a fixed-date holiday.
	 */
	public RestDay restDay(LocalDate day) {
		var table = calendar.table();
		if (table.covers(day.getYear())) {
			if (calendar.isWorkingDay(day)) {
				return null;
			}
			String name = table.holidayName(day);
			return new RestDay(day, name, null, name == null ? day.getDayOfWeek() : null);
		}
		String fixed = fixedHolidayCode(day);
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		if (fixed == null && !weekend) {
			return null;
		}
		return new RestDay(day, null, fixed, fixed == null ? day.getDayOfWeek() : null);
	}

}
