package dev.baton.scheduler.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Monday to Friday, no holidays: the stand-in until the PRC calendar with holidays and
 * make-up days is loaded.
 */
public final class WeekdayCalendar implements WorkCalendar {

	@Override
	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

}
