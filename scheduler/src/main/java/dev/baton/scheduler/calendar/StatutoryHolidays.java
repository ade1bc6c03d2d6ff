package dev.baton.scheduler.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * The public holidays whose dates the law fixes (《全国年节及纪念日放假办法》, as revised 2024-11-10,
 * in force from 2025): 元旦 on 1 January, 劳动节 on 1 and 2 May (1 May alone before 2025), 国庆节
 * on 1 to 3 October. These days are off every year whatever the State Council's notice
 * adds (it moves weekends around them with make-up working days, it never makes them
 * working days), so a year whose notice is not loaded yet still knows them. The holidays
 * of the lunar calendar (春节, 清明, 端午, 中秋) and every bridge and make-up day come only with
 * the notice.
 */
public final class StatutoryHolidays {

	private StatutoryHolidays() {
	}

	/** Whether the law makes the day a public holiday on a fixed date. */
	public static boolean isFixedDateHoliday(LocalDate day) {
		int d = day.getDayOfMonth();
		return switch (day.getMonth()) {
			case JANUARY -> d == 1;
			case MAY -> d == 1 || d == 2 && day.getYear() >= 2025;
			case OCTOBER -> d <= 3;
			default -> false;
		};
	}

	/**
	 * The holiday's name, or null (for a day {@link #isFixedDateHoliday} says is not
	 * one).
	 */
	public static String name(LocalDate day) {
		if (!isFixedDateHoliday(day)) {
			return null;
		}
		return day.getMonth() == Month.JANUARY ? "元旦" : day.getMonth() == Month.MAY ? "劳动节" : "国庆节";
	}

}
