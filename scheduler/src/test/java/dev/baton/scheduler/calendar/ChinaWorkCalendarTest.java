package dev.baton.scheduler.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The calendar against the State Council notices for 2025 (国办发明电〔2024〕12号) and 2026
 * (2025-11-04), transcribed here from shared/reference/domain.md §2 independently of the
 * migration that seeds the application.
 */
class ChinaWorkCalendarTest {

	static HolidayTable notices() {
		return HolidayTable.builder()
			.year(2025)
			.holiday("元旦", d("2025-01-01"))
			.holidays("春节", d("2025-01-28"), d("2025-02-04"))
			.holidays("清明节", d("2025-04-04"), d("2025-04-06"))
			.holidays("劳动节", d("2025-05-01"), d("2025-05-05"))
			.holidays("端午节", d("2025-05-31"), d("2025-06-02"))
			.holidays("国庆节、中秋节", d("2025-10-01"), d("2025-10-08"))
			.makeupWorkday(d("2025-01-26"))
			.makeupWorkday(d("2025-02-08"))
			.makeupWorkday(d("2025-04-27"))
			.makeupWorkday(d("2025-09-28"))
			.makeupWorkday(d("2025-10-11"))
			.year(2026)
			.holidays("元旦", d("2026-01-01"), d("2026-01-03"))
			.holidays("春节", d("2026-02-15"), d("2026-02-23"))
			.holidays("清明节", d("2026-04-04"), d("2026-04-06"))
			.holidays("劳动节", d("2026-05-01"), d("2026-05-05"))
			.holidays("端午节", d("2026-06-19"), d("2026-06-21"))
			.holidays("中秋节", d("2026-09-25"), d("2026-09-27"))
			.holidays("国庆节", d("2026-10-01"), d("2026-10-07"))
			.makeupWorkday(d("2026-01-04"))
			.makeupWorkday(d("2026-02-14"))
			.makeupWorkday(d("2026-02-28"))
			.makeupWorkday(d("2026-05-09"))
			.makeupWorkday(d("2026-09-20"))
			.makeupWorkday(d("2026-10-10"))
			.build();
	}

	private final List<Integer> missing = new ArrayList<>();

	private final ChinaWorkCalendar calendar = ChinaWorkCalendar.of(notices(), missing::add);

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({ "2026-02-12, 7, 2026-02-28", "2025-09-26, 7, 2025-10-13", "2025-01-24, 10, 2025-02-13",
			"2026-04-30, 7, 2026-05-13", "2026-09-24, 15, 2026-10-22" })
	void theWorkedExamplesOfTheReference(LocalDate notice, int days, LocalDate due) {
		assertThat(calendar.addWorkingDays(notice, days)).isEqualTo(due);
	}

	@Test
	void theCountedDaysOfTheFirstTwoExamplesAreTheOnesListed() {
		assertThat(workingDaysAfter(d("2026-02-12"), 7)).containsExactly(d("2026-02-13"), d("2026-02-14"),
				d("2026-02-24"), d("2026-02-25"), d("2026-02-26"), d("2026-02-27"), d("2026-02-28"));
		assertThat(workingDaysAfter(d("2025-09-26"), 7)).containsExactly(d("2025-09-28"), d("2025-09-29"),
				d("2025-09-30"), d("2025-10-09"), d("2025-10-10"), d("2025-10-11"), d("2025-10-13"));
	}

	@Test
	void eachYearHas248WorkingDays() {
		assertThat(workingDaysIn(2025)).isEqualTo(248);
		assertThat(workingDaysIn(2026)).isEqualTo(248);
		assertThat(missing).isEmpty();
	}

	@Test
	void makeUpSaturdaysWorkAndHolidayWeekdaysRest() {
		assertThat(calendar.isWorkingDay(d("2026-02-28"))).as("Saturday 调休上班").isTrue();
		assertThat(calendar.isWorkingDay(d("2026-10-05"))).as("Monday in 国庆节").isFalse();
		assertThat(calendar.isWorkingDay(d("2026-11-21"))).as("an ordinary Saturday").isFalse();
		assertThat(calendar.isWorkingDay(d("2026-11-23"))).as("an ordinary Monday").isTrue();
	}

	@Test
	void aCalendarDayPeriodEndingInAHolidayRollsToTheFirstWorkingDayAfterIt() {
		// 民法典 art. 203: 2026-09-24 + 10 days = 2026-10-04 (国庆节) → 2026-10-08 (Thursday,
		// back at work)
		assertThat(calendar.addCalendarDays(d("2026-09-24"), 10)).isEqualTo(d("2026-10-08"));
		// ending on the make-up Saturday 2026-10-10 needs no roll
		assertThat(calendar.addCalendarDays(d("2026-09-30"), 10)).isEqualTo(d("2026-10-10"));
	}

	@Test
	void aYearWithoutANoticeIsCountedMondayToFridayAndReportedEveryTime() {
		// 2027-01-01 is a Friday, and 元旦 by law: the fifth working day is Tuesday 01-05
		assertThat(calendar.addWorkingDays(d("2026-12-28"), 5)).isEqualTo(d("2027-01-05"));
		assertThat(calendar.addWorkingDays(d("2027-03-01"), 5)).isEqualTo(d("2027-03-08"));

		assertThat(missing).isNotEmpty().containsOnly(2027);
	}

	/**
	 * Issue #13, newcomer 4: 21: a plan was due on 2027-01-01, New Year's Day, because
	 * 2027's notice was not loaded. The holidays whose dates the law fixes are off every
	 * year, notice or not; the rest of the year is still Monday to Friday, and still
	 * reported as unchecked.
	 */
	@Test
	void theHolidaysOnFixedDatesAreOffInAYearWithoutANotice() {
		assertThat(calendar.isWorkingDay(d("2027-01-01"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2027-05-03"))).isTrue(); // a Monday: only the
																		// notice can say
																		// it is off
		assertThat(calendar.isWorkingDay(d("2028-05-01"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2028-05-02"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2028-10-02"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2028-10-03"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2028-10-04"))).isTrue(); // a Wednesday past
																		// the three
																		// statutory days
		assertThat(calendar.addCalendarDays(d("2026-12-22"), 10)).isEqualTo(d("2027-01-04")); // not
																								// Friday
																								// 01-01
		assertThat(missing).contains(2027, 2028);
		// a year with its notice follows the notice alone
		assertThat(calendar.isWorkingDay(d("2026-10-07"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2026-10-10"))).isTrue();
	}

	@Test
	void reloadPicksUpANewYear() {
		HolidayTable[] current = { notices() };
		ChinaWorkCalendar reloadable = new ChinaWorkCalendar(() -> current[0], missing::add);
		assertThat(reloadable.table().covers(2027)).isFalse();

		current[0] = HolidayTable.builder().year(2027).holiday("元旦", d("2027-01-01")).build();
		reloadable.reload();

		assertThat(reloadable.table().covers(2027)).isTrue();
		assertThat(reloadable.isWorkingDay(d("2027-01-01"))).isFalse();
	}

	@Test
	void aDayCannotBeBothOffAndAMakeUpWorkday() {
		assertThatIllegalArgumentException().isThrownBy(() -> HolidayTable.builder()
			.year(2030)
			.holiday("元旦", d("2030-01-01"))
			.makeupWorkday(d("2030-01-01"))
			.build());
	}

	private int workingDaysIn(int year) {
		int count = 0;
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			count += calendar.isWorkingDay(day) ? 1 : 0;
		}
		return count;
	}

	private List<LocalDate> workingDaysAfter(LocalDate start, int n) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = start.plusDays(1); days.size() < n; day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				days.add(day);
			}
		}
		return days;
	}

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

}
