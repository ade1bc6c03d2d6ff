package dev.baton.bot.calendar;

import java.time.LocalDate;
import java.time.Month;

import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.ChinaWorkCalendar;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The calendar's coverage in /actuator/health: the years with a notice, and a warning when this year's notice is
 * missing, or next year's from November on (the State Council usually publishes it then).
 */
class CalendarHealthIndicator extends AbstractHealthIndicator {

	private final ChinaWorkCalendar calendar;

	private final TimeSource time;

	private final MissingYearWarnings warnings;

	CalendarHealthIndicator(ChinaWorkCalendar calendar, TimeSource time, MissingYearWarnings warnings) {
		super("calendar health check failed");
		this.calendar = calendar;
		this.time = time;
		this.warnings = warnings;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		LocalDate today = time.today();
		var table = calendar.table();
		builder.up().withDetail("years", table.years()).withDetail("countedMondayToFriday", warnings.warnedYears());
		if (!table.covers(today.getYear())) {
			builder.withDetail("warning", "no holiday notice for " + today.getYear() + ": add it");
		}
		else if (today.getMonth().compareTo(Month.NOVEMBER) >= 0 && !table.covers(today.getYear() + 1)) {
			builder.withDetail("warning", "no holiday notice for " + (today.getYear() + 1) + " yet: add it once published");
		}
	}

}
