package dev.baton.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.record.Outcome;
import dev.baton.testkit.TestDatabase;
import dev.baton.testkit.TestRedis;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P3 broadcast and R3 injected failures: one notice to N officials on WeCom and N on
 * DingTalk (plus a few people the platforms do not know), sent by one Baton instance's
 * own delivery worker through the official SDKs to the emulator under its documented
 * limits, on a fresh MariaDB. Reports per platform the time until every delivery is
 * settled, the quota-limited minimum computed from the emulator's limits, the ratio, the
 * throttle refusals and silent drops the platforms answered, duplicates and misses on the
 * emulator's record, and the dead letters. With a fault rate, each call is refused at
 * that rate, split among a gateway 503, a throttle (WeCom 45009, DingTalk 90018) and busy
 * or concurrency answers (WeCom 45033, DingTalk -1): all transient, so every known
 * recipient must be delivered exactly once and the only dead letters are the unknown
 * people. Run with
 * {@code ./mvnw -pl bench -am -Pbench-broadcast -DskipTests verify [-Dbench.recipients=100000] [-Dbench.faultRate=0.2]}.
 */
public final class BroadcastBenchmark {

	/**
	 * People the platforms do not know, per platform: permanent failures, the only dead
	 * letters allowed.
	 */
	static final int UNKNOWN = 5;

	/**
	 * DingTalk: work-notification recipients a minute per app (5,000) and calls a second
	 * per app and API (20).
	 */
	static final int DINGTALK_RECIPIENTS_PER_MINUTE = 5_000;

	static final int DINGTALK_CALLS_PER_SECOND = 20;

	static final int DINGTALK_PER_CALL = 100;

	static final int WECOM_PER_CALL = 1_000;

	/** The platforms' answers to a call over a limit (and the IP ban's page). */
	static final java.util.Set<String> THROTTLES = java.util.Set.of("45009", "45033", "90018", "90002", "90020",
			"ip-banned", "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", "Forbidden.AccessDenied.QpsLimitForApi",
			"Forbidden.AccessDenied.ApiCountLimitForOrg");

	private BroadcastBenchmark() {
	}

	/** What one run saw on one platform. */
	public record PlatformResult(String platform, int recipients, Duration elapsed, Duration minimum, long calls,
			long throttleRefusals, long injected, long silentDrops, List<String> exactlyOnceProblems, long sent,
			long dead, long pending) {

		public double ratio() {
			return minimum.isZero() ? Double.NaN : (double) elapsed.toMillis() / minimum.toMillis();
		}

	}

	public static void main(String[] args) {
		int recipients = args.length > 0 ? Integer.parseInt(args[0].strip()) : 100_000;
		double faultRate = args.length > 1 ? Double.parseDouble(args[1].strip()) : 0;
		TestDatabase database = TestDatabase.get();
		System.out.printf("database: %s; cores: %d; max heap: %d MB; recipients per platform: %,d; fault rate: %.2f%n",
				database.origin(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				recipients, faultRate);
		for (PlatformResult result : run(database, recipients, faultRate, true, Duration.ofHours(2))) {
			System.out.printf(
					"%s: %,d recipients in %.1f s; quota-limited minimum %.1f s; ratio %.3f; %,d calls;"
							+ " %,d throttle refusals (%,d injected); %,d silently dropped; %d exactly-once problems;"
							+ " %,d sent, %,d dead, %,d not settled%n",
					result.platform(), result.recipients(), result.elapsed().toMillis() / 1000.0,
					result.minimum().toMillis() / 1000.0, result.ratio(), result.calls(), result.throttleRefusals(),
					result.injected(), result.silentDrops(), result.exactlyOnceProblems().size(), result.sent(),
					result.dead(), result.pending());
			result.exactlyOnceProblems().stream().limit(10).forEach(p -> System.out.println("  " + p));
		}
		System.exit(0); // stops the embedded MariaDB and Redis through their shutdown
						// hooks
	}

	/**
	 * One broadcast of {@code recipients} per platform; waits at most {@code limit} for
	 * it to settle.
	 * @param weComThrottle whether the faults include WeCom's 45009, which holds the
	 * corp's deliveries for the 60 s its block lasts (the drill has it; a seconds-long
	 * smoke cannot)
	 */
	public static List<PlatformResult> run(TestDatabase database, int recipients, double faultRate,
			boolean weComThrottle, Duration limit) {
		try (PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false).seed(14))) {
			// a corp of this size has a head-count cap of at least as many: its app may
			// send 200 × that a day (doc 90454)
			emulator.limits().appDailyRecipients(Api.WECOM_MESSAGE_SEND, 200 * Math.max(200, recipients));
			List<String> wecomUsers = emulator.wecom().directory().addNumberedUsers("w", recipients);
			List<String> dingUsers = emulator.dingTalk().directory().addNumberedUsers("d", recipients);
			if (faultRate > 0) {
				injectFaults(emulator, faultRate, weComThrottle);
			}
			String url = database.createFreshDatabase("baton_bench_broadcast");
			try (ConfigurableApplicationContext baton = start(database, url, emulator)) {
				JdbcTemplate jdbc = baton.getBean(JdbcTemplate.class);
				String wecomCorp = emulator.wecom().app().corpId();
				String dingCorp = emulator.dingTalk().app().corpId();
				Directory directory = baton.getBean(Directory.class);
				List<Long> officials = new ArrayList<>(
						bound(directory, jdbc, "WECOM", wecomCorp, withUnknown(wecomUsers, "wx")));
				officials.addAll(bound(directory, jdbc, "DINGTALK", dingCorp, withUnknown(dingUsers, "dx")));
				emulator.reset();
				long started = System.nanoTime();
				baton.getBean(TransactionTemplate.class)
					.executeWithoutResult(s -> baton.getBean(Outbox.class)
						.enqueue(null, OutboxEvent.NOTICE_ISSUED, officials, false, Map.of("unit", "全市广播", "departing",
								"示例", "successor", "示例", "checklistDue", "2026-12-07", "receiptDue", "2026-11-25")));
				Map<String, Long> settledAt = waitUntilSettled(jdbc, started, limit);
				return List.of(
						// every person named counts, the unknown ones too: the platforms
						// take them into the call
						result("WECOM", emulator, jdbc, wecomUsers, settledAt, started, Api.WECOM_MESSAGE_SEND,
								wecomMinimum(recipients + UNKNOWN)),
						result("DINGTALK", emulator, jdbc, dingUsers, settledAt, started,
								Api.DINGTALK_WORK_NOTIFICATION, dingTalkMinimum(recipients + UNKNOWN)));
			}
		}
	}

	/**
	 * WeCom's documented limits put no floor under app messages (they are outside the
	 * base frequency; the daily quota is not reached), so the floor is Baton's own pace:
	 * 10 calls a second of 1,000 recipients.
	 */
	static Duration wecomMinimum(int recipients) {
		long calls = (recipients + WECOM_PER_CALL - 1) / WECOM_PER_CALL;
		return Duration.ofMillis(calls * 100);
	}

	/**
	 * DingTalk: the slower of its two limits. 5,000 recipients in any minute (a sliding
	 * window): the fastest is a full window at once, then another each minute, so N take
	 * (⌈N / 5,000⌉ − 1) minutes; 20 calls of 100 a second.
	 */
	static Duration dingTalkMinimum(int recipients) {
		long windows = (recipients + DINGTALK_RECIPIENTS_PER_MINUTE - 1) / DINGTALK_RECIPIENTS_PER_MINUTE;
		long byRecipients = Math.max(0, windows - 1) * 60_000L;
		long calls = (recipients + DINGTALK_PER_CALL - 1) / DINGTALK_PER_CALL;
		long byCalls = calls * 1000 / DINGTALK_CALLS_PER_SECOND;
		return Duration.ofMillis(Math.max(byRecipients, byCalls));
	}

	private static void injectFaults(PlatformEmulator emulator, double rate, boolean weComThrottle) {
		double each = rate / 3;
		emulator.faults().add(Fault.httpStatus(503), each, Api.WECOM_MESSAGE_SEND, Api.DINGTALK_WORK_NOTIFICATION);
		emulator.faults().add(weComThrottle ? Fault.errcode(45009) : Fault.errcode(-1), each, Api.WECOM_MESSAGE_SEND);
		emulator.faults().add(Fault.errcode(45033), each, Api.WECOM_MESSAGE_SEND);
		emulator.faults().add(Fault.errcode(90018), each, Api.DINGTALK_WORK_NOTIFICATION);
		emulator.faults().add(Fault.errcode(-1), each, Api.DINGTALK_WORK_NOTIFICATION);
	}

	private static List<String> withUnknown(List<String> users, String prefix) {
		List<String> all = new ArrayList<>(users);
		for (int i = 0; i < UNKNOWN; i++) {
			all.add(prefix + "-unknown-" + i);
		}
		return all;
	}

	/**
	 * Waits until no delivery of the broadcast is waiting; the time each platform
	 * settled, in ms from the start: when no outbox row of someone bound on it is still
	 * to be expanded and none of its deliveries is open.
	 */
	private static Map<String, Long> waitUntilSettled(JdbcTemplate jdbc, long started, Duration limit) {
		Map<String, Long> settled = new java.util.HashMap<>();
		long deadline = started + limit.toNanos();
		while (System.nanoTime() < deadline && settled.size() < 2) {
			for (String platform : List.of("WECOM", "DINGTALK")) {
				if (settled.containsKey(platform)) {
					continue;
				}
				// a notice not yet expanded for someone bound on the platform is one of
				// its deliveries waiting
				long outboxLeft = jdbc.queryForObject(
						"SELECT COUNT(*) FROM outbox o JOIN chat_identity c"
								+ " ON c.official_id = o.recipient_id WHERE o.status = 'PENDING' AND c.platform = ?",
						Long.class, platform);
				if (outboxLeft > 0) {
					continue;
				}
				long open = jdbc.queryForObject(
						"SELECT COUNT(*) FROM delivery WHERE platform = ? AND status NOT IN" + " ('SENT', 'DEAD')",
						Long.class, platform);
				if (open == 0) {
					settled.put(platform, (System.nanoTime() - started) / 1_000_000);
				}
			}
			sleep(100);
		}
		return settled;
	}

	private static PlatformResult result(String platform, PlatformEmulator emulator, JdbcTemplate jdbc,
			List<String> users, Map<String, Long> settledAt, long started, Api api, Duration minimum) {
		long elapsed = settledAt.getOrDefault(platform, (System.nanoTime() - started) / 1_000_000);
		var calls = emulator.record().calls(api);
		long throttles = calls.stream().filter(c -> c.code() != null && THROTTLES.contains(c.code())).count();
		long injected = calls.stream()
			.filter(c -> c.code() != null && List.of("HTTP503", "45009", "45033", "90018", "-1").contains(c.code()))
			.count();
		long drops = emulator.record()
			.deliveries(Outcome.DROPPED_MEMBER_LIMIT)
			.stream()
			.filter(d -> d.api() == api)
			.count();
		return new PlatformResult(platform, users.size(), Duration.ofMillis(elapsed), minimum, calls.size(), throttles,
				injected, drops,
				emulator.record()
					.exactlyOnceProblems(platform.equals("WECOM") ? dev.baton.emulator.Platform.WECOM
							: dev.baton.emulator.Platform.DINGTALK, users, d -> d.api() == api),
				count(jdbc, platform, "SENT"), count(jdbc, platform, "DEAD"),
				jdbc.queryForObject(
						"SELECT COUNT(*) FROM delivery WHERE platform = ? AND status NOT IN ('SENT', 'DEAD')",
						Long.class, platform));
	}

	private static long count(JdbcTemplate jdbc, String platform, String status) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE platform = ? AND status = ?", Long.class,
				platform, status);
	}

	/** Officials in a new unit, each bound to one platform user, written in bulk. */
	private static List<Long> bound(Directory directory, JdbcTemplate jdbc, String platform, String corp,
			List<String> users) {
		long unit = directory.createUnit(null, "bench-" + platform, "全市（" + platform + "）", "CITY").id();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < users.size(); i++) {
			rows.add(new Object[] { "干部" + i, "科员", unit });
		}
		jdbc.batchUpdate("INSERT INTO official (name, post, unit_id, active, created_at) VALUES (?, ?, ?, TRUE,"
				+ " CURRENT_TIMESTAMP(3))", rows);
		List<Long> ids = jdbc.queryForList("SELECT id FROM official WHERE unit_id = ? ORDER BY id", Long.class, unit);
		List<Object[]> identities = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			identities.add(new Object[] { platform, corp, users.get(i), ids.get(i) });
		}
		jdbc.batchUpdate("INSERT INTO chat_identity (platform, corp_id, user_id, official_id, bound_at)"
				+ " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP(3))", identities);
		return ids;
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String url, PlatformEmulator emulator) {
		var w = emulator.wecom().app();
		var d = emulator.dingTalk().app();
		Map<String, Object> properties = new java.util.HashMap<>(Map.of("spring.datasource.url", url,
				"spring.datasource.username", database.user(), "spring.datasource.password", database.password(),
				"baton.redis.url", TestRedis.get().url(), "baton.demo", "false", "server.port", "0",
				"baton.escalation.sweep-job", "false", "logging.level.root", "WARN"));
		properties.putAll(Map.of("baton.wecom.apps[0].name", "main", "baton.wecom.apps[0].corp-id", w.corpId(),
				"baton.wecom.apps[0].agent-id", w.agentId(), "baton.wecom.apps[0].secret", w.secret(),
				"baton.wecom.apps[0].token", w.token(), "baton.wecom.apps[0].encoding-aes-key", w.aesKey(),
				"baton.wecom.apps[0].base-url", emulator.wecomBaseUrl()));
		properties.putAll(Map.of("baton.dingtalk.apps[0].name", "main", "baton.dingtalk.apps[0].corp-id", d.corpId(),
				"baton.dingtalk.apps[0].app-key", d.appKey(), "baton.dingtalk.apps[0].app-secret", d.appSecret(),
				"baton.dingtalk.apps[0].robot-code", d.robotCode(), "baton.dingtalk.apps[0].agent-id", d.agentId(),
				"baton.dingtalk.apps[0].api-endpoint", emulator.dingTalkApiBaseUrl(),
				"baton.dingtalk.apps[0].oapi-base-url", emulator.dingTalkOapiBaseUrl()));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BatonApplication.class)
			.initializers(
					c -> c.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench", properties)))
			.run();
		// the shared state may hold another run's tokens and holds for these app ids
		var state = context.getBean(dev.baton.integrations.state.SharedState.class);
		state.delete("wecom-token:" + w.corpId() + ":" + w.agentId());
		state.delete("dingtalk-token:" + d.appKey());
		state.delete("send-held:WECOM:" + w.corpId());
		state.delete("send-held:DINGTALK:" + d.corpId());
		state.delete("recipients:DINGTALK:" + d.corpId());
		return context;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
