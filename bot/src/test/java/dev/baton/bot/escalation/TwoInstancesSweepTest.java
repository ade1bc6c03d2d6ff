package dev.baton.bot.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.baton.bot.BatonApplication;
import dev.baton.scheduler.escalation.SweepOutcome;
import dev.baton.testkit.TestDatabase;
import dev.baton.testkit.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.escalation.EscalationSupport.beijing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Baton instances (two application contexts) on one MariaDB sweep 10,000 due steps at
 * the same time: every step gets exactly one message, every (step, stage) is recorded
 * exactly once, and both instances share the work. Half the steps are due today (one
 * reminder); half have been overdue for three working days while nothing swept them (one
 * consolidated level-1 message standing for five missed stages).
 */
class TwoInstancesSweepTest {

	static final int STEPS = 10_000;

	static final Instant NOW = beijing("2026-12-02T09:30");

	@Test
	void twoInstancesSendEveryStageOfEveryStepOnce() throws Exception {
		TestDatabase database = TestDatabase.get();
		String url = database.createFreshDatabase("baton_twins");
		try (ConfigurableApplicationContext one = start(url, "one");
				ConfigurableApplicationContext two = start(url, "two")) {
			JdbcTemplate jdbc = one.getBean(JdbcTemplate.class);
			DueSteps.insert(jdbc, STEPS, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 11, 27), NOW);

			ExecutorService pool = Executors.newFixedThreadPool(2);
			long started = System.nanoTime();
			Future<int[]> first = pool.submit(() -> sweepUntilNothingIsDue(one.getBean(EscalationSweep.class)));
			Future<int[]> second = pool.submit(() -> sweepUntilNothingIsDue(two.getBean(EscalationSweep.class)));
			int[] a = first.get();
			int[] b = second.get();
			long millis = (System.nanoTime() - started) / 1_000_000;
			pool.shutdown();

			assertThat(a[0] + b[0]).as("stages sent by both").isEqualTo(STEPS);
			assertThat(a[0]).as("instance one sent some").isPositive();
			assertThat(b[0]).as("instance two sent some").isPositive();
			assertThat(a[1] + b[1]).as("missed stages recorded").isEqualTo(STEPS / 2 * 5);
			// the stages are recorded on the steps' rows (V54), each step's sent stage
			// once
			List<EscalationNotice> recorded = jdbc
				.query("SELECT id, handover_id, stage_log FROM waiting_step WHERE stage_log IS NOT NULL",
						(rs, row) -> StageLog.notices(rs.getLong(1), rs.getLong(2), rs.getString(3)))
				.stream()
				.flatMap(List::stream)
				.toList();
			assertThat(recorded.stream().filter(n -> n.outcome().equals("SENT")).map(EscalationNotice::stepId))
				.hasSize(STEPS)
				.doesNotHaveDuplicates();
			assertThat(recorded.stream().filter(n -> n.outcome().equals("MISSED"))).hasSize(STEPS / 2 * 5);
			assertThat(count(jdbc, "SELECT COUNT(*) FROM escalation_notice")).as("no claim rows any more").isZero();
			assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox WHERE event = 'REMINDER'")).isEqualTo(STEPS / 2);
			// an escalation standing for the folded level 1 tells whom level 1 names too:
			// the actor and the organizer, a row each
			assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox WHERE event = 'ESCALATION'")).isEqualTo(STEPS / 2 * 2);
			assertThat(count(jdbc, "SELECT COUNT(DISTINCT handover_id) FROM outbox")).isEqualTo(STEPS);
			assertThat(count(jdbc, "SELECT COUNT(*) FROM waiting_step WHERE next_action_at <= '2026-12-02 01:30:00'"))
				.as("nothing left due")
				.isZero();
			assertThat(two.getBean(EscalationSweep.class).sweepDue().sent()).isZero();
			System.out.printf("two instances swept %d due steps in %d ms (%d + %d sent)%n", STEPS, millis, a[0], b[0]);
		}
	}

	/**
	 * @return stages sent and missed by this instance
	 */
	private static int[] sweepUntilNothingIsDue(EscalationSweep sweep) {
		int sent = 0;
		int missed = 0;
		while (true) {
			SweepOutcome outcome = sweep.sweepDue();
			sent += outcome.sent();
			missed += outcome.missed();
			if (outcome.visited() == 0 && outcome.failedBatches() == 0) {
				return new int[] { sent, missed };
			}
		}
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	static ConfigurableApplicationContext start(String url, String name) {
		TestDatabase database = TestDatabase.get();
		return new SpringApplicationBuilder(BatonApplication.class).initializers(context -> {
			context.getBeanFactory().registerSingleton("fixedClock", Clock.fixed(NOW, ZoneOffset.UTC));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("instance-" + name,
						Map.of("spring.datasource.url", url, "spring.datasource.username", database.user(),
								"spring.datasource.password", database.password(), "baton.redis.url",
								TestRedis.get().url(), "baton.demo", "false", "server.port", "0",
								"baton.escalation.sweep-job", "false")));
		}).run();
	}

	/**
	 * Bulk JDBC inserts of due steps, one handover each (the benchmark uses the same
	 * shape).
	 */
	static final class DueSteps {

		private DueSteps() {
		}

		/**
		 * Even steps are due {@code today} (started the day before); odd ones were due
		 * {@code overdueSince} and started two weeks before it. All are due for the sweep
		 * at {@code now}.
		 */
		static void insert(JdbcTemplate jdbc, int steps, LocalDate today, LocalDate overdueSince, Instant now) {
			String stamp = "2026-11-01 00:00:00.000";
			String code = "bulk" + System.nanoTime();
			jdbc.update("INSERT INTO org_unit (parent_id, code, name, unit_type, path, policy_code, created_at)"
					+ " VALUES (NULL, ?, '批量测试单位', 'CITY', '/', NULL, ?)", code, stamp);
			long unit = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, code);
			jdbc.update("UPDATE org_unit SET path = ? WHERE id = ?", "/" + unit + "/", unit);
			List<Object[]> people = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				people.add(new Object[] { "干部" + i, "局长", unit, stamp });
			}
			jdbc.batchUpdate("INSERT INTO official (name, post, unit_id, active, created_at) VALUES (?, ?, ?, TRUE, ?)",
					people);
			List<Long> officials = jdbc.queryForList("SELECT id FROM official WHERE unit_id = ? ORDER BY id",
					Long.class, unit);
			long template = jdbc
				.queryForObject("SELECT id FROM checklist_template WHERE code = 'default' AND version = 1", Long.class);
			String policy = jdbc.queryForObject("SELECT body FROM handover_policy WHERE code = 'default'",
					String.class);
			List<Object[]> handovers = new ArrayList<>();
			for (int i = 0; i < steps; i++) {
				handovers.add(new Object[] { unit, officials.get(i % 100), officials.get((i + 1) % 100),
						officials.get((i + 2) % 100), policy, template, stamp });
			}
			jdbc.batchUpdate("INSERT INTO handover (unit_id, departing_id, successor_id, organizer_id, reason, state,"
					+ " policy_code, policy_snapshot, escalation_snapshot, template_id, review_round, opened_on, checklist_due,"
					+ " opened_at, version) VALUES (?, ?, ?, ?, 'TRANSFER', 'DRAFTING', 'default', ?, NULL, ?, 0, '2026-11-01',"
					+ " '2026-11-30', ?, 0)", handovers);
			List<Long> ids = jdbc.queryForList("SELECT id FROM handover WHERE unit_id = ? ORDER BY id", Long.class,
					unit);
			String due = java.time.LocalDateTime.ofInstant(now.minusSeconds(60), ZoneOffset.UTC)
				.toString()
				.replace('T', ' ');
			List<Object[]> rows = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				LocalDate dueOn = i % 2 == 0 ? today : overdueSince;
				LocalDate startedOn = i % 2 == 0 ? today.minusDays(1) : overdueSince.minusDays(14);
				rows.add(new Object[] { ids.get(i), startedOn, dueOn, due });
			}
			jdbc.batchUpdate("INSERT INTO waiting_step (handover_id, kind, subject, round, started_on, due_on, done_at,"
					+ " next_action_at) VALUES (?, 'CHECKLIST', '', 1, ?, ?, NULL, ?)", rows);
		}

	}

}
