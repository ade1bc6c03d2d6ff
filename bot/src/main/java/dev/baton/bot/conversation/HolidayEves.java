package dev.baton.bot.conversation;

import java.time.LocalDate;

import dev.baton.bot.calendar.CalendarCoverage;
import dev.baton.bot.conversation.grammar.HolidaySaid;
import org.springframework.stereotype.Component;

/**
 * A deadline said as a holiday's eve (#12, newcomer 5, finding 4: 明年春节前付清): the day
 * before the holiday's first day off in the State Council's notice loaded in the
 * calendar. A lunar holiday's date is never guessed: with no notice loaded for the year
 * there is no day, and the person is asked for the date.
 */
@Component
final class HolidayEves {

	private final CalendarCoverage calendar;

	HolidayEves(CalendarCoverage calendar) {
		this.calendar = calendar;
	}

	/**
	 * The eve's day, or null when that year's notice is not loaded (or holds no such
	 * holiday).
	 */
	LocalDate day(HolidaySaid eve, LocalDate today) {
		LocalDate first = calendar.holidayStart(eve.name(), year(eve, today));
		return first == null ? null : first.minusDays(1);
	}

	/**
	 * What to say when there is no day: which year is not loaded, and how to give the
	 * date instead.
	 */
	String ask(Texts t, int seq, HolidaySaid eve, LocalDate today) {
		return t.get("conv.holiday.askDate", seq, eve.words(), String.valueOf(year(eve, today)), eve.name());
	}

	/**
	 * The year of the holiday: the one said; else this year's when it is still to come
	 * (or this year's notice is not loaded, so whether it has passed is not known), else
	 * next year's.
	 */
	private int year(HolidaySaid eve, LocalDate today) {
		if (eve.year() != null) {
			return eve.year();
		}
		LocalDate thisYear = calendar.holidayStart(eve.name(), today.getYear());
		return thisYear == null || thisYear.isAfter(today) ? today.getYear() : today.getYear() + 1;
	}

}
