package dev.baton.bot.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.TreeSet;

import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.ChinaWorkCalendar;

/**
 * Which years' State Council notices are loaded, and which are missing while deadlines
 * need them: this year, the years open deadlines fall in, the years counted Monday to
 * Friday since this process started, and next year from November on (the State Council
 * usually publishes it then). The health indicator and the console say the same.
 */
public class CalendarYears {

	private final ChinaWorkCalendar calendar;

	private final TimeSource time;

	private final MissingYearWarnings warnings;

	private final CalendarMapper mapper;

	CalendarYears(ChinaWorkCalendar calendar, TimeSource time, MissingYearWarnings warnings, CalendarMapper mapper) {
		this.calendar = calendar;
		this.time = time;
		this.warnings = warnings;
		this.mapper = mapper;
	}

	/** A year whose notice is loaded: where it comes from, and when it was added. */
	public record LoadedYear(int year, String source, Instant addedAt) {
	}

	public List<LoadedYear> loaded() {
		return mapper.loadedYears();
	}

	public List<Integer> missing() {
		LocalDate today = time.today();
		var table = calendar.table();
		TreeSet<Integer> needed = new TreeSet<>(mapper.openDeadlineYears());
		needed.addAll(warnings.warnedYears());
		needed.add(today.getYear());
		if (today.getMonth().compareTo(Month.NOVEMBER) >= 0) {
			needed.add(today.getYear() + 1);
		}
		return needed.stream().filter(y -> !table.covers(y)).toList();
	}

}
