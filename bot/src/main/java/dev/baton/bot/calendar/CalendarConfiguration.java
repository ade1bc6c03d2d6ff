package dev.baton.bot.calendar;

import dev.baton.bot.access.Access;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.ChinaWorkCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Baton counts deadlines on the mainland China calendar, loaded from the database on
 * first use.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	CalendarAdmin calendarAdmin(CalendarMapper mapper, Access access, AuditLog audit, TimeSource time) {
		return new CalendarAdmin(mapper, access, audit, time);
	}

	@Bean
	MissingYearWarnings missingYearWarnings(Directory directory, Outbox outbox,
			PlatformTransactionManager transactions) {
		return new MissingYearWarnings(directory, outbox, transactions);
	}

	@Bean
	ChinaWorkCalendar workCalendar(CalendarAdmin admin, MissingYearWarnings warnings) {
		ChinaWorkCalendar calendar = new ChinaWorkCalendar(admin::load, warnings::missingYear);
		admin.serve(calendar);
		return calendar;
	}

	@Bean
	CalendarCoverage calendarCoverage(ChinaWorkCalendar calendar, MissingYearWarnings warnings) {
		return new CalendarCoverage(calendar, warnings);
	}

	@Bean
	CalendarYears calendarYears(ChinaWorkCalendar calendar, TimeSource time, MissingYearWarnings warnings,
			CalendarMapper mapper) {
		return new CalendarYears(calendar, time, warnings, mapper);
	}

	@Bean
	CalendarHealthIndicator calendarHealthIndicator(ChinaWorkCalendar calendar, MissingYearWarnings warnings,
			CalendarYears years) {
		return new CalendarHealthIndicator(calendar, warnings, years);
	}

}
