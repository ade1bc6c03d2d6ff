package dev.baton.bot.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.discipline.DisciplineRecords;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.integrations.state.InProcessSharedState;
import dev.baton.integrations.state.SharedState;
import dev.baton.scheduler.escalation.SweepDueStepsJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default exactly as {@code ./mvnw -pl bot -am spring-boot:run} starts it:
 * no configuration but a data directory and the demo profile the plugin adds. It comes up
 * healthy over HTTP with its demo data, and a second start on the same directory finds
 * its data, adds no second demo and changes no schema.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultTest {

	private static final JobKey PROBE_JOB = JobKey.jobKey("restart-probe", "tests");

	@TempDir
	Path dataDir;

	@Test
	void startsHealthyThenRestartsOnItsOwnData(CapturedOutput output) throws Exception {
		List<Map<String, Object>> schemaAfterFirstStart;
		List<Map<String, Object>> historyAfterFirstStart;

		try (ConfigurableApplicationContext first = start()) {
			assertThat(url(first)).startsWith("jdbc:h2:file:" + dataDir);
			assertThat(first.getBean(SharedState.class)).isInstanceOf(InProcessSharedState.class);
			JsonNode health = health(first);
			assertThat(health.path("status").asString()).isEqualTo("UP");
			assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
			assertThat(health.path("components").path("scheduler").path("status").asString()).isEqualTo("UP");
			assertThat(health.path("components").has("redis")).as("no Redis is configured").isFalse();

			assertThat(demoCounts(first)).as("officials, handovers, web chat groups of the demo")
				.containsExactly(18L, 2L, 1L);

			// a newcomer sees red and an escalation at once (#17): 市农业农村局's checklist is
			// two days overdue and its level-1 escalation went out at start; 市统计局, just
			// opened, is green (newcomer 25, finding 14: its 签收 was yellow from the first
			// minute)
			long organizerId = first.getBean(JdbcTemplate.class)
				.queryForObject("SELECT id FROM official WHERE name = '王明'", Long.class);
			dev.baton.bot.console.dashboard.DashboardView board = first
				.getBean(dev.baton.bot.console.dashboard.Dashboard.class)
				.view(first.getBean(Actors.class).of(organizerId),
						new dev.baton.bot.console.dashboard.DashboardQuery(null, null, null, null, null));
			assertThat(board.handovers()).extracting(r -> r.handover().unitName() + " " + r.grade())
				.contains("石嘴山市统计局 GREEN", "石嘴山市农业农村局 RED");
			assertThat(board.escalations()).as("the escalations sent").isNotEmpty().allSatisfy(e -> {
				assertThat(e.unitName()).isEqualTo("石嘴山市农业农村局");
				// the urgent ladder counts calendar days: level 1 the day after the due
				// day,
				// level 2 (its last) on the third day after it at 09:00, so a demo
				// started
				// on Sunday from 09:00, on Monday or Tuesday shows level 2 (README says
				// so)
				assertThat(e.escLevel()).isBetween(1, 2);
				// level 1 tells the departing official and the organizer, as README says
				assertThat(e.told()).contains("刘志远", "王明");
			});
			assertThat(board.overdue()).extracting(o -> o.departingName()).containsExactly("刘志远");
			// one story (newcomer 12): the notice says the due day the escalation counts
			// from, and the audit trail says the demo moved the dates
			JdbcTemplate demoDb = first.getBean(JdbcTemplate.class);
			long late = board.overdue().get(0).handoverId();
			String due = demoDb.queryForObject(
					"SELECT due_on FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST'", String.class, late);
			assertThat(demoDb.queryForList(
					"SELECT payload FROM outbox WHERE handover_id = ? AND event = 'NOTICE_ISSUED'", String.class, late))
				.isNotEmpty()
				.allSatisfy(p -> assertThat(p).contains("\"checklistDue\":\"" + due + "\""));
			assertThat(demoDb.queryForObject(
					"SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action = 'DEMO_BACKDATED'", Long.class,
					late))
				.isEqualTo(1);
			// every demo handover's dates in order (newcomer 14, finding 14): opened, 签收
			// due, checklist due; the overdue one's 签收 done on a day before its checklist
			// was due
			for (Map<String, Object> h : demoDb.queryForList("SELECT h.id, h.opened_on, r.started_on AS receipt_start,"
					+ " r.due_on AS receipt_due, r.done_at AS receipt_done, c.started_on AS checklist_start,"
					+ " c.due_on AS checklist_due FROM handover h"
					+ " JOIN waiting_step r ON r.handover_id = h.id AND r.kind = 'NOTICE_RECEIPT'"
					+ " JOIN waiting_step c ON c.handover_id = h.id AND c.kind = 'CHECKLIST'")) {
				java.time.LocalDate opened = day(h.get("opened_on"));
				assertThat(day(h.get("receipt_start"))).as("handover %s", h).isEqualTo(opened);
				assertThat(day(h.get("checklist_start"))).as("handover %s", h).isEqualTo(opened);
				assertThat(day(h.get("receipt_due"))).as("handover %s", h)
					.isAfter(opened)
					.isBefore(day(h.get("checklist_due")));
			}
			Map<String, Object> lateRow = demoDb.queryForMap(
					"SELECT r.done_at, c.due_on FROM waiting_step r JOIN waiting_step c ON c.handover_id = r.handover_id"
							+ " AND c.kind = 'CHECKLIST' WHERE r.handover_id = ? AND r.kind = 'NOTICE_RECEIPT'",
					late);
			assertThat(day(lateRow.get("done_at"))).isBefore(day(lateRow.get("due_on")));

			// the demo's record through the REST API (#12 newcomer 6): a token for its
			// administrator, printed once
			java.util.regex.Matcher printed = java.util.regex.Pattern
				.compile("Demo API token for 吴强 \\([^)]*\\), shown once: (\\S+)")
				.matcher(output.getOut());
			assertThat(printed.find()).as("the demo token in the log").isTrue();
			assertThat(get(first, "/api/handovers", printed.group(1)).statusCode()).isEqualTo(200);
			assertThat(get(first, "/api/handovers", "not-a-token").statusCode()).isEqualTo(401);
			// the example says this instance's port and a handover of the demo, whatever
			// they are (newcomer 7: it said
			// localhost:8080 and handover 1 whatever --server.port was): it works as
			// printed
			java.util.regex.Matcher example = java.util.regex.Pattern
				.compile("curl -H 'Authorization: Bearer \\S+' http://localhost:(\\d+)(/api/handovers/\\d+)")
				.matcher(output.getOut());
			assertThat(example.find()).as("the curl example in the log").isTrue();
			assertThat(example.group(1)).isEqualTo(first.getEnvironment().getProperty("local.server.port"));
			// the documents' verification links carry this port too, and the log says so
			// (newcomer 9)
			assertThat(output.getOut()).contains("交接书 verification links: http://localhost:"
					+ first.getEnvironment().getProperty("local.server.port") + "/verify/<digest>");
			assertThat(get(first, example.group(2), printed.group(1)).statusCode()).isEqualTo(200);
			assertThat(get(first, example.group(2), printed.group(1)).body()).contains("上梅乡");

			// the console's holiday calendar reads its years on H2 too (YEAR is a keyword
			// there: the page answered 500 on the embedded default, newcomer 12)
			assertThat(first.getBean(dev.baton.bot.calendar.CalendarYears.class).loaded())
				.extracting(dev.baton.bot.calendar.CalendarYears.LoadedYear::year)
				.isNotEmpty();
			// the sweep's SQL (SKIP LOCKED, multi-row inserts, CASE updates) runs on H2
			// too: the demo's steps get planned
			assertThat(first.getBean(EscalationSweep.class).sweepDue().failedBatches()).isZero();
			// the platform budgets' SQL runs on H2 too (MONTH is a keyword there: as a
			// column or an alias it failed)
			first.getBean(dev.baton.bot.budget.PlatformBudgets.class).flush();
			assertThat(first.getBean(dev.baton.bot.budget.PlatformBudgets.class).thisMonth()).isNotNull();
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM waiting_step WHERE done_at IS NULL" + " AND next_action_at IS NOT NULL",
					Long.class))
				.as("open demo steps with a next action")
				.isPositive();
			assertThat(first.getBean(Scheduler.class).checkExists(SweepDueStepsJob.JOB)).isTrue();

			// the focus, list, to-do and discipline SQL (OFFSET, derived tables, CASE
			// WHEN EXISTS) runs on H2 too
			HandoverService handovers = first.getBean(HandoverService.class);
			Actors actors = first.getBean(Actors.class);
			long departing = jdbc.queryForObject("SELECT id FROM official WHERE name = '陈建国'", Long.class);
			long organizer = jdbc.queryForObject("SELECT id FROM official WHERE name = '王明'", Long.class);
			List<HandoverBrief> running = handovers.list(Actor.SYSTEM, HandoverFilter.running(10), 0);
			assertThat(running).hasSize(3).allSatisfy(b -> assertThat(b.unitName()).isNotBlank());
			assertThat(handovers.count(Actor.SYSTEM, HandoverFilter.running(1))).isEqualTo(3);
			assertThat(handovers.lastActedOn(actors.of(organizer), HandoverFilter.running(1))).isPresent();
			assertThat(handovers.openStepsFor(actors.of(departing), 50)).extracting(OpenStep::kind)
				.containsExactly(WaitingStepKind.NOTICE_RECEIPT, WaitingStepKind.CHECKLIST);
			DisciplineRecords discipline = first.getBean(DisciplineRecords.class);
			assertThat(discipline.flags(discipline.steps(running.stream().map(HandoverBrief::id).toList()),
					java.time.LocalDate.of(2026, 1, 1), java.time.ZoneOffset.UTC))
				.hasSize(3);

			first.getBean(Scheduler.class).addJob(probeJob(), false);
			schemaAfterFirstStart = schema(first);
			historyAfterFirstStart = flywayHistory(first);
		}
		assertThat(Files.list(dataDir)).anyMatch(p -> p.getFileName().toString().startsWith("baton"));

		try (ConfigurableApplicationContext second = start()) {
			assertThat(health(second).path("status").asString()).isEqualTo("UP");
			assertThat(second.getBean(Scheduler.class).checkExists(PROBE_JOB)).as("the job stored before the restart")
				.isTrue();
			assertThat(flywayHistory(second)).isEqualTo(historyAfterFirstStart);
			assertThat(schema(second)).isEqualTo(schemaAfterFirstStart);
			assertThat(demoCounts(second)).as("the demo is written once").containsExactly(18L, 2L, 1L);
			assertThat(output.getOut().split("Demo API token for 吴强", -1)).as("the token is printed once").hasSize(2);
		}
		assertThat(historyAfterFirstStart).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
	}

	private ConfigurableApplicationContext start() {
		// the demo profile is what spring-boot:run adds (bot/pom.xml); a bare start is
		// BareStartTest's
		return new SpringApplicationBuilder(BatonApplication.class).run("--baton.data-dir=" + dataDir,
				"--server.port=0", "--spring.profiles.active=demo");
	}

	private static JobDetail probeJob() {
		return JobBuilder.newJob(org.quartz.Job.class).withIdentity(PROBE_JOB).storeDurably().build();
	}

	private static String url(ConfigurableApplicationContext context) {
		return context.getEnvironment().getProperty("spring.datasource.url");
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext context, String path, String token)
			throws IOException, InterruptedException {
		String port = context.getEnvironment().getProperty("local.server.port");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode health(ConfigurableApplicationContext context) throws IOException, InterruptedException {
		String port = context.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static List<Long> demoCounts(ConfigurableApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		return List.of(jdbc.queryForObject("SELECT COUNT(*) FROM official", Long.class),
				jdbc.queryForObject("SELECT COUNT(*) FROM handover WHERE state = 'NOTIFIED'", Long.class),
				jdbc.queryForObject("SELECT COUNT(*) FROM unit_chat_group WHERE platform = 'WEB'", Long.class));
	}

	private static List<Map<String, Object>> schema(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForList("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS"
					+ " WHERE TABLE_SCHEMA = 'public' ORDER BY TABLE_NAME, COLUMN_NAME");
	}

	private static List<Map<String, Object>> flywayHistory(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForList(
					"SELECT \"installed_rank\", \"version\", \"checksum\", \"success\" FROM \"flyway_schema_history\""
							+ " ORDER BY \"installed_rank\"");
	}

	/** A day, or the day of a time stored in UTC (the demo's times are mid-morning). */
	private static java.time.LocalDate day(Object value) {
		return java.time.LocalDate.parse(value.toString().substring(0, 10));
	}

}
