package dev.baton.scheduler.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WeekdayCalendarTest {

	private final WorkCalendar calendar = new WeekdayCalendar();

	@Test
	void workingDaysSkipWeekendsAndDoNotCountTheStartDay() {
		// Friday 2026-11-20 + 1 working day is Monday 2026-11-23
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
		// Monday + 7 working days is the Wednesday of the next week
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 23), 7)).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	@Test
	void calendarDaysEndingOnARestDayRollToTheNextWorkingDay() {
		// Wednesday 2026-11-18 + 10 days is Saturday 2026-11-28, which rolls to Monday
		// 2026-11-30
		assertThat(calendar.addCalendarDays(LocalDate.of(2026, 11, 18), 10)).isEqualTo(LocalDate.of(2026, 11, 30));
		// Monday + 10 days is a Thursday: no roll
		assertThat(calendar.addCalendarDays(LocalDate.of(2026, 11, 23), 10)).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void aPeriodIsAtLeastOneDay() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), 0));
	}

}
