package dev.baton.bot.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import dev.baton.scheduler.calendar.ChinaWorkCalendar;

/**
 * Whether Baton can tell holidays from working days in the years of some deadlines: a year without the State
 * Council's notice is counted Monday to Friday, so a deadline set in it (a plan step due on 2027-01-01, 元旦) is
 * flagged where it is set, and the administrators are asked to load the notice.
 */
public class CalendarCoverage {

	private final ChinaWorkCalendar calendar;

	private final MissingYearWarnings warnings;

	CalendarCoverage(ChinaWorkCalendar calendar, MissingYearWarnings warnings) {
		this.calendar = calendar;
		this.warnings = warnings;
	}

	/** The years of these days with no holiday notice loaded, in order; the administrators are told of each. */
	public List<Integer> unloadedYears(Collection<LocalDate> days) {
		TreeSet<Integer> missing = new TreeSet<>();
		var table = calendar.table();
		days.stream().filter(Objects::nonNull).map(LocalDate::getYear).filter(y -> !table.covers(y)).forEach(missing::add);
		missing.forEach(warnings::missingYear);
		return List.copyOf(missing);
	}

}
