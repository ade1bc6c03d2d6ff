package dev.baton.bot.calendar;

import java.util.List;

import dev.baton.scheduler.calendar.ChinaWorkCalendar;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The calendar's coverage in /actuator/health (details at /actuator/health/holidays): the
 * years with a notice, and the years that are missing one while deadlines need it: this
 * year, the years open deadlines fall in, the years counted Monday to Friday since this
 * process started, and next year from November on (the State Council usually publishes it
 * then). Each missing year is named, with how an administrator adds it. Baton still works
 * without a notice (Monday to Friday), so the status stays UP.
 */
class CalendarHealthIndicator extends AbstractHealthIndicator {

	/**
	 * As README says it: the administrators over every unit add a year with their own
	 * token (#13, newcomer 4: 21).
	 */
	static final String HOW_TO_ADD = "POST /api/admin/calendar/years, with the holidays and make-up workdays of the"
			+ " State Council notice, and their own access token (the one the setup claim gave the first administrator,"
			+ " or one they issue themselves with POST /api/tokens); see README: Organizer REST API";

	private final ChinaWorkCalendar calendar;

	private final MissingYearWarnings warnings;

	private final CalendarYears years;

	CalendarHealthIndicator(ChinaWorkCalendar calendar, MissingYearWarnings warnings, CalendarYears years) {
		super("calendar health check failed");
		this.calendar = calendar;
		this.warnings = warnings;
		this.years = years;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		var table = calendar.table();
		List<Integer> missing = years.missing();
		builder.up()
			.withDetail("years", table.years())
			.withDetail("missingYears", missing)
			.withDetail("countedMondayToFriday", warnings.warnedYears());
		if (!missing.isEmpty()) {
			builder.withDetail("warning", "no State Council holiday notice loaded for " + missing
					+ ": deadlines in these years are counted Monday to Friday but for the holidays the law fixes"
					+ " (1 January, 1-2 May, 1-3 October); the other holidays and the make-up workdays are unknown."
					+ " An administrator over every unit adds a year with " + HOW_TO_ADD);
		}
	}

}
