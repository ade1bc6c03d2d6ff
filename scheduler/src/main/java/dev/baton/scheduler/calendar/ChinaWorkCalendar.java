package dev.baton.scheduler.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The mainland China working-day calendar: a day is a working day if it is a make-up
 * working day (调休上班), or a Monday to Friday that is not a public holiday. Holidays come
 * from {@link HolidayTable}, loaded lazily and replaceable at runtime when an
 * administrator adds next year's notice.
 *
 * <p>
 * For a year with no notice the calendar counts Monday to Friday but for the holidays
 * whose dates the law fixes ({@link StatutoryHolidays}: 元旦, 劳动节, 国庆节), and says so every
 * time through {@code missingYear} (which the application turns into a warning to
 * administrators): never a silent guess.
 */
public final class ChinaWorkCalendar implements WorkCalendar {

	private final Supplier<HolidayTable> loader;

	private final IntConsumer missingYear;

	private volatile HolidayTable table;

	public ChinaWorkCalendar(Supplier<HolidayTable> loader, IntConsumer missingYear) {
		this.loader = Objects.requireNonNull(loader);
		this.missingYear = Objects.requireNonNull(missingYear);
	}

	public static ChinaWorkCalendar of(HolidayTable table, IntConsumer missingYear) {
		return new ChinaWorkCalendar(() -> table, missingYear);
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		HolidayTable current = table();
		if (!current.covers(day.getYear())) {
			missingYear.accept(day.getYear());
			if (StatutoryHolidays.isFixedDateHoliday(day)) {
				return false; // 元旦, 劳动节, 国庆节 are off on their dates every year, notice or
								// not
			}
		}
		if (current.isMakeupWorkday(day)) {
			return true;
		}
		if (current.isHoliday(day)) {
			return false;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/** The holiday table in use (loaded on first use). */
	public HolidayTable table() {
		HolidayTable current = table;
		if (current == null) {
			synchronized (this) {
				if (table == null) {
					table = loader.get();
				}
				current = table;
			}
		}
		return current;
	}

	/** Loads the table again, e.g. after next year's notice was added. */
	public synchronized void reload() {
		table = loader.get();
	}

}
