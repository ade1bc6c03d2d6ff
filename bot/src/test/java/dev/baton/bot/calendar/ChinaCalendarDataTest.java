package dev.baton.bot.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.scheduler.calendar.ChinaWorkCalendar;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar as the application loads it from the migrated database (MariaDB), and its
 * runtime administration.
 */
@DomainContext
class ChinaCalendarDataTest {

	@Autowired
	WorkCalendar calendar;

	@Autowired
	CalendarAdmin admin;

	@Autowired
	CalendarHealthIndicator health;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	private TestOrg org;

	@BeforeEach
	void org() {
		org = new TestOrg(directory, actors, null);
	}

	@Test
	void theApplicationCountsOnTheChinaCalendarFromTheDatabase() {
		assertThat(calendar).isInstanceOf(ChinaWorkCalendar.class);
		assertThat(((ChinaWorkCalendar) calendar).table().years()).contains(2025, 2026);
		assertThat(workingDaysIn(2025)).isEqualTo(248);
		assertThat(workingDaysIn(2026)).isEqualTo(248);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({ "2026-02-12, 7, 2026-02-28", "2025-09-26, 7, 2025-10-13", "2025-01-24, 10, 2025-02-13",
			"2026-04-30, 7, 2026-05-13", "2026-09-24, 15, 2026-10-22" })
	void theWorkedExamplesFromTheMigratedData(LocalDate notice, int days, LocalDate due) {
		assertThat(calendar.addWorkingDays(notice, days)).isEqualTo(due);
	}

	@Test
	void aYearWithoutANoticeWarnsTheRootAdministratorsOnce() {
		long rootAdmin = org.rootAdmin(directory);
		int year = 2200 + ThreadLocalRandom.current().nextInt(700);
		calendar.addWorkingDays(LocalDate.of(year, 3, 2), 3);
		calendar.addCalendarDays(LocalDate.of(year, 3, 2), 30);

		List<Long> warned = jdbc.queryForList(
				"SELECT recipient_id FROM outbox WHERE event = 'CALENDAR_YEAR_MISSING' AND payload = ?", Long.class,
				"{\"year\":" + year + "}");
		// only an administrator over every unit may add a year: a unit's administrator is
		// not told to
		assertThat(warned).contains(rootAdmin).doesNotHaveDuplicates().doesNotContain(org.organizer, org.admin);
		assertThat(health.health(true).getDetails().get("countedMondayToFriday")).asString()
			.contains(Integer.toString(year));
	}

	@Test
	void anAdministratorAddsANoticeAndTheCalendarUsesItAtOnce() {
		int year = 2200 + ThreadLocalRandom.current().nextInt(700);
		LocalDate newYearsDay = LocalDate.of(year, 1, 1);
		LocalDate makeup = firstSaturdayAfter(LocalDate.of(year, 1, 10));

		admin.addYear(org.actor(org.rootAdmin(directory)), year, "国务院办公厅关于" + year + "年部分节假日安排的通知（测试）",
				List.of(new HolidayRange("元旦", newYearsDay, newYearsDay.plusDays(2))), List.of(makeup));

		assertThat(((ChinaWorkCalendar) calendar).table().covers(year)).isTrue();
		assertThat(calendar.isWorkingDay(newYearsDay.plusDays(1))).isFalse();
		assertThat(calendar.isWorkingDay(makeup)).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_day WHERE cal_date BETWEEN ? AND ?",
				Integer.class, newYearsDay, LocalDate.of(year, 12, 31)))
			.isEqualTo(4);
		assertThatThrownBy(() -> admin.addYear(org.actor(org.rootAdmin(directory)), year, "重复",
				List.of(new HolidayRange("元旦", newYearsDay, newYearsDay)), List.of()))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "calendar.yearExists");
	}

	@Test
	void onlyAnAdministratorMayAddANoticeAndABadOneWritesNothing() {
		int year = 2200 + ThreadLocalRandom.current().nextInt(700);
		LocalDate day = LocalDate.of(year, 5, 1);
		assertThatThrownBy(() -> admin.addYear(org.actor(org.organizer), year, "越权",
				List.of(new HolidayRange("劳动节", day, day)), List.of()))
			.isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> admin.addYear(org.actor(org.rootAdmin(directory)), year, "自相矛盾",
				List.of(new HolidayRange("劳动节", day, day.plusDays(4))), List.of(day.plusDays(2))))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "calendar.conflict");
		assertThatThrownBy(() -> admin.addYear(org.actor(org.rootAdmin(directory)), year, "倒序",
				List.of(new HolidayRange("劳动节", day.plusDays(4), day)), List.of()))
			.isInstanceOf(InvalidInputException.class);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_year WHERE notice_year = ?", Integer.class, year))
			.isZero();
		assertThat(((ChinaWorkCalendar) calendar).table().covers(year)).isFalse();
	}

	@Test
	void healthListsTheYearsAndWarnsThatNextYearsNoticeIsMissingInNovember() {
		var result = health.health(true);

		assertThat(result.getStatus()).isEqualTo(Status.UP);
		assertThat(result.getDetails().get("years")).asString().contains("2025").contains("2026");
		// the test clock says 2026-11-23, and no 2027 notice is loaded
		assertThat(result.getDetails().get("warning")).asString().contains("2027");
	}

	private int workingDaysIn(int year) {
		int count = 0;
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			count += calendar.isWorkingDay(day) ? 1 : 0;
		}
		return count;
	}

	private static LocalDate firstSaturdayAfter(LocalDate day) {
		LocalDate d = day;
		while (d.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
			d = d.plusDays(1);
		}
		return d;
	}

}
