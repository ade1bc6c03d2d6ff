package dev.baton.bot.console;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.dashboard.Dashboard;
import dev.baton.bot.console.dashboard.DashboardQuery;
import dev.baton.bot.console.dashboard.DashboardView;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's clock (newcomer 20b, finding 1: a running demo's time could not be moved, so
 * no deadline passed while someone tried it): the demo's organizer, signed in to the
 * console in a real browser with the account the log printed, moves Baton's time forward
 * on {@code /console/demo/clock}; the 签收 just opened, green, turns yellow on its due day
 * (newcomer 25, finding 14: it was yellow from the first minute) and red after it on the
 * dashboard, the reminders and escalations that fell due go out at once, a move out of
 * range is refused and moves nothing, and a restart keeps the time. The real clock is not
 * touched: the console session stays signed in.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoClockTest {

	@TempDir
	Path dataDir;

	@Test
	void theDemosOrganizerMovesTimeForwardAndWatchesAStepTurnRed(CapturedOutput output) throws Exception {
		LocalDate movedTo;
		try (ConfigurableApplicationContext demo = start()) {
			TimeSource time = demo.getBean(TimeSource.class);
			JdbcTemplate db = demo.getBean(JdbcTemplate.class);
			long organizer = db.queryForObject("SELECT id FROM official WHERE name = '王明'", Long.class);
			assertThat(grade(demo, organizer, "石嘴山市统计局")).isEqualTo("GREEN");
			LocalDate receiptDue = db.queryForObject(
					"SELECT s.due_on FROM waiting_step s JOIN handover h ON h.id = s.handover_id JOIN org_unit u"
							+ " ON u.id = h.unit_id WHERE u.name = '石嘴山市统计局' AND s.kind = 'NOTICE_RECEIPT'",
					LocalDate.class);
			long sentBefore = sent(db);
			LocalDate before = time.today();

			Matcher account = Pattern.compile("user name (\\S+), password (\\S+)").matcher(output.getOut());
			assertThat(account.find()).as("the demo console account in the log").isTrue();
			try (ConsoleBrowser browser = ConsoleBrowser.open(port(demo))) {
				browser.signIn(account.group(1), account.group(2));
				browser.click("#nav-demo-clock");
				assertThat(browser.path()).isEqualTo("/console/demo/clock");
				assertThat(browser.text("#clock-ahead")).isEqualTo("0天0小时");
				assertThat(browser.has("#no-moves")).isTrue();

				// out of range (the field's own limits bypassed, as a crafted request
				// would):
				// refused, nothing moves
				browser.submitByScript("document.getElementById('amount').value = arguments[0];"
						+ "document.getElementById('amount').removeAttribute('max');"
						+ "document.getElementById('move-clock-form').submit();", "9000");
				assertThat(browser.text("#refusal")).contains("1小时到366天");
				assertThat(browser.text("#clock-ahead")).isEqualTo("0天0小时");

				// to the morning of the 签收's due day: yellow
				long toDueDay = Duration
					.between(time.now().atZone(time.zone()), receiptDue.atTime(10, 0).atZone(time.zone()))
					.toHours();
				browser.type("amount", Long.toString(toDueDay));
				browser.find("#unit option[value='HOURS']").click();
				browser.click("#move-clock");
				assertThat(time.today()).isEqualTo(receiptDue);
				assertThat(grade(demo, organizer, "石嘴山市统计局")).isEqualTo("YELLOW");

				// to a working day's morning at least 15 days on (the 签收 is then
				// overdue; sending hours are 08:00 to 20:00)
				long hours = hoursToAWorkingMorning(demo, time.now().atZone(time.zone()), 15);
				browser.type("amount", Long.toString(hours));
				browser.find("#unit option[value='HOURS']").click();
				browser.click("#move-clock");
				String done = browser.text("#done");
				assertThat(done).startsWith("已把交接棒的时间拨快" + hours / 24 + "天" + hours % 24 + "小时，现在是").contains("（工作日）");
				assertThat(browser.text("#moves")).contains("王明");
				browser.screenshot("demo-clock-moved");
				// still signed in: sessions keep the real clock
				browser.go("/console/dashboard");
				assertThat(browser.path()).isEqualTo("/console/dashboard");
			}
			movedTo = time.today();
			assertThat(movedTo).isAfterOrEqualTo(before.plusDays(15));
			assertThat(grade(demo, organizer, "石嘴山市统计局")).isEqualTo("RED");
			assertThat(sent(db)).as("reminders and escalations sent at once").isGreaterThan(sentBefore);
		}
		try (ConfigurableApplicationContext again = start()) {
			assertThat(again.getBean(TimeSource.class).today()).as("a restart keeps the demo's time")
				.isAfterOrEqualTo(movedTo);
		}
	}

	private long hoursToAWorkingMorning(ConfigurableApplicationContext demo, ZonedDateTime now, int days) {
		WorkCalendar calendar = demo.getBean(WorkCalendar.class);
		LocalDate day = now.toLocalDate().plusDays(days);
		while (!calendar.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		ZonedDateTime morning = day.atTime(10, 0).atZone(now.getZone());
		return Duration.between(now, morning).toHours();
	}

	private static String grade(ConfigurableApplicationContext demo, long organizer, String unit) {
		DashboardView board = demo.getBean(Dashboard.class)
			.view(demo.getBean(Actors.class).of(organizer), new DashboardQuery(null, null, null, null, null));
		return board.handovers()
			.stream()
			.filter(r -> r.handover().unitName().equals(unit))
			.map(r -> String.valueOf(r.grade()))
			.findFirst()
			.orElseThrow();
	}

	private static long sent(JdbcTemplate db) {
		return db.queryForObject("SELECT COUNT(*) FROM outbox WHERE event IN ('REMINDER', 'ESCALATION')", Long.class);
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BatonApplication.class).run("--baton.data-dir=" + dataDir,
				"--server.port=0", "--spring.profiles.active=demo");
	}

}
