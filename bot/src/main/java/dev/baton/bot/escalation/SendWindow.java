package dev.baton.bot.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.baton.scheduler.calendar.WorkCalendar;

/**
 * When non-urgent messages may go out: working days of the calendar, between two local
 * times.
 */
final class SendWindow {

	private final LocalTime from;

	private final LocalTime until;

	private final WorkCalendar calendar;

	private final ZoneId zone;

	SendWindow(LocalTime from, LocalTime until, WorkCalendar calendar, ZoneId zone) {
		this.from = from;
		this.until = until;
		this.calendar = calendar;
		this.zone = zone;
	}

	boolean allows(Instant at) {
		ZonedDateTime local = at.atZone(zone);
		LocalTime time = local.toLocalTime();
		return calendar.isWorkingDay(local.toLocalDate()) && !time.isBefore(from) && time.isBefore(until);
	}

	/** {@code at} itself if it is within the window, else the window's next opening. */
	Instant nextAllowed(Instant at) {
		if (allows(at)) {
			return at;
		}
		ZonedDateTime local = at.atZone(zone);
		LocalDate day = local.toLocalDate();
		if (!calendar.isWorkingDay(day) || !local.toLocalTime().isBefore(from)) {
			day = day.plusDays(1);
			while (!calendar.isWorkingDay(day)) {
				day = day.plusDays(1);
			}
		}
		return ZonedDateTime.of(day, from, zone).toInstant();
	}

}
