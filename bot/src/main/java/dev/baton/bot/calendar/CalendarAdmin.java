package dev.baton.bot.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.ChinaWorkCalendar;
import dev.baton.scheduler.calendar.HolidayTable;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the calendar from the database, and lets an administrator add a year's State
 * Council notice at runtime, without a release: the calendar reloads at once.
 */
public class CalendarAdmin {

	private final CalendarMapper mapper;

	private final Access access;

	private final AuditLog audit;

	private final TimeSource time;

	private ChinaWorkCalendar calendar;

	CalendarAdmin(CalendarMapper mapper, Access access, AuditLog audit, TimeSource time) {
		this.mapper = mapper;
		this.access = access;
		this.audit = audit;
		this.time = time;
	}

	void serve(ChinaWorkCalendar calendar) {
		this.calendar = calendar;
	}

	/** The notices in the database as a table. */
	public HolidayTable load() {
		HolidayTable.Builder table = HolidayTable.builder();
		mapper.years().forEach(table::year);
		for (CalendarMapper.Day day : mapper.days()) {
			if ("WORKDAY".equals(day.kind())) {
				table.makeupWorkday(day.calDate());
			}
			else {
				table.holiday(day.name(), day.calDate());
			}
		}
		return table.build();
	}

	@Transactional
	public void addYear(Actor actor, int year, String source, List<HolidayRange> holidays,
			List<LocalDate> makeupWorkdays) {
		access.require(actor, Action.MANAGE_CALENDAR, new Subject("/", -1, -1));
		if (mapper.yearExists(year)) {
			throw new InvalidInputException("calendar.yearExists", "the notice for " + year + " is already loaded",
					year);
		}
		if (source == null || source.isBlank() || holidays == null || holidays.isEmpty()) {
			throw new InvalidInputException("calendar.noticeIncomplete", "a notice needs its source and its holidays");
		}
		HolidayTable.Builder check = HolidayTable.builder().year(year);
		for (HolidayRange range : holidays) {
			requireNear(year, range.from());
			requireNear(year, range.to());
			try {
				check.holidays(range.name(), range.from(), range.to());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("calendar.badRange", ex.getMessage(), range.name());
			}
		}
		for (LocalDate day : makeupWorkdays) {
			requireNear(year, day);
			check.makeupWorkday(day);
		}
		try {
			check.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("calendar.conflict", ex.getMessage());
		}
		mapper.insertYear(year, source.strip(), time.now());
		for (HolidayRange range : holidays) {
			for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
				mapper.insertDay(day, "HOLIDAY", range.name());
			}
		}
		for (LocalDate day : makeupWorkdays) {
			mapper.insertDay(day, "WORKDAY", "调休上班");
		}
		audit.append(null, actor, "CALENDAR_YEAR_ADDED", Map.of("year", year, "source", source.strip(), "holidays",
				holidays.size(), "makeupWorkdays", makeupWorkdays.size()));
		if (calendar != null) {
			calendar.reload();
		}
	}

	private static void requireNear(int year, LocalDate day) {
		if (day == null || Math.abs(day.getYear() - year) > 1) {
			throw new InvalidInputException("calendar.dateOutsideYear", "a date of the " + year + " notice: " + day,
					year);
		}
	}

}
