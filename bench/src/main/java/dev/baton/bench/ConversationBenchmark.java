package dev.baton.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import dev.baton.bot.BatonApplication;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.testkit.TestDatabase;
import dev.baton.testkit.TestRedis;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * P4 conversation: {@code officials} people on DingTalk, each talking to Baton for
 * {@code turns} turns, end to end through the emulator under its limits: a signed robot
 * callback over HTTP to Baton, Baton's conversation, the reply lane, and the answer
 * through the message's sessionWebhook (or the OpenAPI) back to the emulator. Each person
 * sends their next message as soon as the first message of the answer to the last one has
 * arrived (a closed loop, as a person reads and types on), all people at once. Reports
 * the time, turns and reply messages a second, the time from a message sent to the first
 * message of its answer (p50, p95, p99, max), and checks on the emulator's record that
 * every reply Baton wrote arrived once, in the order written, and none is left or dead.
 * Run with
 * {@code ./mvnw -pl bench -am -Pbench-conversation -DskipTests verify [-Dbench.officials=1000] [-Dbench.turns=20] [-Dbench.answer=openapi]}.
 */
public final class ConversationBenchmark {

	/** What one run saw. */
	public record Result(int officials, int turns, int messagesPerTurn, long millis, long replies, long[] latencies,
			List<String> problems, long dead, long unsettled, long callbackRetries, long viaWebhook, long viaOpenApi,
			long refusals) {

		public double turnsPerSecond() {
			return officials * (double) turns * 1000 / millis;
		}

		public double repliesPerSecond() {
			return replies * 1000.0 / millis;
		}

		public long percentile(double p) {
			long[] sorted = latencies.clone();
			Arrays.sort(sorted);
			return sorted.length == 0 ? -1
					: sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
		}

	}

	private ConversationBenchmark() {
	}

	public static void main(String[] args) {
		int officials = args.length > 0 ? Integer.parseInt(args[0].strip()) : 1000;
		int turns = args.length > 1 ? Integer.parseInt(args[1].strip()) : 20;
		// "openapi": every message's sessionWebhook has expired, so every answer goes by
		// the OpenAPI (batchSend)
		boolean openApiOnly = args.length > 2 && args[2].strip().equals("openapi");
		TestDatabase database = TestDatabase.get();
		System.out.printf("database: %s; cores: %d; max heap: %d MB; officials: %,d; turns each: %d; answered %s%n",
				database.origin(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				officials, turns, openApiOnly ? "by the OpenAPI only" : "through sessionWebhooks while valid");
		Result r = run(database, officials, turns, openApiOnly, java.time.Duration.ofHours(1));
		System.out.printf("%,d turns (%d reply messages each) in %.1f s: %.1f turns/s, %.1f reply messages/s"
				+ " (%,d through sessionWebhooks, %,d by the OpenAPI); first reply after p50 %d ms, p95 %d ms, p99 %d ms,"
				+ " max %d ms; %,d replies, %d dead, %d not settled, %d callbacks sent again after 503;"
				+ " %d sends refused by the platform; %d order or loss problems%n", (long) r.officials() * r.turns(),
				r.messagesPerTurn(), r.millis() / 1000.0, r.turnsPerSecond(), r.repliesPerSecond(), r.viaWebhook(),
				r.viaOpenApi(), r.percentile(0.50), r.percentile(0.95), r.percentile(0.99), r.percentile(1.0),
				r.replies(), r.dead(), r.unsettled(), r.callbackRetries(), r.refusals(), r.problems().size());
		r.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
		System.exit(0); // stops the embedded MariaDB and Redis through their shutdown
						// hooks
	}

	public static Result run(TestDatabase database, int officials, int turns, boolean openApiOnly,
			java.time.Duration limit) {
		try (PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false).seed(4))) {
			List<String> users = emulator.dingTalk().directory().addNumberedUsers("p", officials + 1);
			String url = database.createFreshDatabase("baton_bench_conversation");
			try (ConfigurableApplicationContext baton = start(database, url, emulator)) {
				JdbcTemplate jdbc = baton.getBean(JdbcTemplate.class);
				bind(jdbc, emulator.dingTalk().app().corpId(), users);
				URI robot = URI.create("http://127.0.0.1:" + baton.getEnvironment().getProperty("local.server.port")
						+ "/callbacks/dingtalk/main");
				// the warm-up person (the last) says it once: how many messages an answer
				// is, and the JIT warm
				String warm = users.get(officials);
				emulator.dingTalkCallbacks().sendRobotMessage(robot, message(emulator, warm, openApiOnly));
				waitFor(() -> settled(jdbc) && !delivered(emulator, warm).isEmpty(), 60_000);
				int perTurn = delivered(emulator, warm).size();
				return closedLoop(emulator, jdbc, robot, users.subList(0, officials), turns, perTurn, openApiOnly,
						limit);
			}
		}
	}

	private static Result closedLoop(PlatformEmulator emulator, JdbcTemplate jdbc, URI robot, List<String> people,
			int turns, int perTurn, boolean openApiOnly, java.time.Duration limit) {
		Map<String, Integer> received = new ConcurrentHashMap<>();
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		Map<String, Integer> turnOf = new ConcurrentHashMap<>();
		List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
		AtomicInteger retries = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(16);
		long mark = lastSeq(emulator);
		List<dev.baton.emulator.record.ApiCall> before = emulator.record().calls();
		long callMark = before.isEmpty() ? 0 : before.get(before.size() - 1).seq();
		long started = System.nanoTime();
		java.util.function.Consumer<String> next = user -> senders.execute(() -> {
			turnOf.merge(user, 1, Integer::sum);
			sentAt.put(user, System.nanoTime());
			var callbacks = emulator.dingTalkCallbacks();
			while (!callbacks.sendRobotMessage(robot, message(emulator, user, openApiOnly)).accepted()) {
				retries.incrementAndGet(); // the inbound pool was full (503): the
											// platform sends it again
				sleep(50);
			}
		});
		people.forEach(next);
		long seq = mark;
		long deadline = started + limit.toNanos();
		int done = 0;
		while (done < people.size() && System.nanoTime() < deadline) {
			long from = seq;
			List<Delivery> fresh = emulator.record()
				.deliveries(d -> d.seq() > from && d.outcome() == Outcome.DELIVERED && isReply(d));
			for (Delivery d : fresh) {
				seq = Math.max(seq, d.seq());
				Long at = sentAt.get(d.recipient());
				if (at == null) {
					continue;
				}
				int n = received.merge(d.recipient(), 1, Integer::sum);
				if (n % perTurn == 1 || perTurn == 1) {
					// the first message of the answer to the person's latest turn
					latencies.add((System.nanoTime() - at) / 1_000_000);
				}
				if (n % perTurn == 0) {
					if (turnOf.get(d.recipient()) < turns) {
						next.accept(d.recipient());
					}
					else {
						done++;
					}
				}
			}
			sleep(5);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		senders.shutdownNow();
		waitFor(() -> settled(jdbc), 30_000);
		List<String> problems = check(emulator, jdbc, people, turns * perTurn, mark);
		long replies = emulator.record()
			.deliveries(d -> d.seq() > mark && d.outcome() == Outcome.DELIVERED && isReply(d))
			.size();
		long webhook = emulator.record()
			.deliveries(
					d -> d.seq() > mark && d.outcome() == Outcome.DELIVERED && d.api() == Api.DINGTALK_SESSION_WEBHOOK)
			.size();
		return new Result(people.size(), turns, perTurn, millis, replies,
				latencies.stream().mapToLong(Long::longValue).toArray(), problems,
				jdbc.queryForObject("SELECT COUNT(*) FROM chat_reply WHERE status = 'DEAD'", Long.class),
				jdbc.queryForObject(
						"SELECT COUNT(*) FROM chat_reply WHERE status IN ('PENDING', 'SENDING')", Long.class),
				retries.get(), webhook, replies - webhook,
				emulator.record()
					.calls()
					.stream()
					.filter(c -> c.seq() > callMark
							&& (c.api() == Api.DINGTALK_ROBOT_BATCH_SEND || c.api() == Api.DINGTALK_SESSION_WEBHOOK)
							&& !c.succeeded())
					.count());
	}

	/**
	 * Every reply Baton wrote for each person arrived once, in the order written; as many
	 * as the turns asked.
	 */
	private static List<String> check(PlatformEmulator emulator, JdbcTemplate jdbc, List<String> people, int expected,
			long mark) {
		Map<String, List<String>> arrived = new HashMap<>();
		for (Delivery d : emulator.record()
			.deliveries(d -> d.seq() > mark && d.outcome() == Outcome.DELIVERED && isReply(d))) {
			arrived.computeIfAbsent(d.recipient(), k -> new ArrayList<>()).add(text(d));
		}
		Map<String, List<String>> written = new HashMap<>();
		jdbc.query("SELECT target_id, body FROM chat_reply WHERE status = 'SENT' ORDER BY id", rs -> {
			written.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(dev.baton.emulator.http.Json.read(rs.getString(2)).path("text").asString());
		});
		List<String> problems = new ArrayList<>();
		for (String user : people) {
			List<String> got = arrived.getOrDefault(user, List.of());
			List<String> sent = written.getOrDefault(user, List.of());
			if (got.size() != expected) {
				problems.add(user + ": " + got.size() + " reply messages arrived, " + expected + " expected");
			}
			else if (!got.equals(sent)) {
				problems.add(user + ": the replies arrived out of the order Baton wrote them");
			}
		}
		return problems;
	}

	/**
	 * 帮助 from the person; with {@code expired}, its sessionWebhook already past its time.
	 */
	private static tools.jackson.databind.node.ObjectNode message(PlatformEmulator emulator, String user,
			boolean expired) {
		tools.jackson.databind.node.ObjectNode message = emulator.dingTalkCallbacks().privateText(user, "帮助");
		if (expired) {
			message.put("sessionWebhookExpiredTime", System.currentTimeMillis() - 1000);
		}
		return message;
	}

	private static boolean isReply(Delivery d) {
		return d.api() == Api.DINGTALK_SESSION_WEBHOOK || d.api() == Api.DINGTALK_ROBOT_BATCH_SEND;
	}

	/**
	 * The text of a reply as recorded: a webhook text, or a batchSend sampleText's
	 * content.
	 */
	private static String text(Delivery d) {
		String content = d.content();
		if (d.api() == Api.DINGTALK_ROBOT_BATCH_SEND && content.startsWith("{")) {
			return dev.baton.emulator.http.Json.read(content).path("content").asString();
		}
		return content;
	}

	private static List<Delivery> delivered(PlatformEmulator emulator, String user) {
		return emulator.record()
			.deliveries(d -> d.recipient().equals(user) && d.outcome() == Outcome.DELIVERED && isReply(d));
	}

	private static boolean settled(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM chat_reply WHERE status IN ('PENDING', 'SENDING')",
				Long.class) == 0;
	}

	private static long lastSeq(PlatformEmulator emulator) {
		List<Delivery> all = emulator.record().deliveries();
		return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
	}

	/** Officials in a new unit, each bound to one DingTalk user, written in bulk. */
	private static void bind(JdbcTemplate jdbc, String corp, List<String> users) {
		jdbc.update(
				"INSERT INTO org_unit (parent_id, code, name, unit_type, path, created_at) VALUES (NULL, 'bench-p4',"
						+ " '全市（对话）', 'CITY', '/', CURRENT_TIMESTAMP(3))");
		long unit = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'bench-p4'", Long.class);
		jdbc.update("UPDATE org_unit SET path = ? WHERE id = ?", "/" + unit + "/", unit);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < users.size(); i++) {
			rows.add(new Object[] { "干部" + i, "科员", unit });
		}
		jdbc.batchUpdate("INSERT INTO official (name, post, unit_id, active, created_at) VALUES (?, ?, ?, TRUE,"
				+ " CURRENT_TIMESTAMP(3))", rows);
		List<Long> ids = jdbc.queryForList("SELECT id FROM official WHERE unit_id = ? ORDER BY id", Long.class, unit);
		List<Object[]> identities = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			identities.add(new Object[] { "DINGTALK", corp, users.get(i), ids.get(i) });
		}
		jdbc.batchUpdate("INSERT INTO chat_identity (platform, corp_id, user_id, official_id, bound_at)"
				+ " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP(3))", identities);
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String url, PlatformEmulator emulator) {
		var d = emulator.dingTalk().app();
		Map<String, Object> properties = new HashMap<>(Map.of("spring.datasource.url", url,
				"spring.datasource.username", database.user(), "spring.datasource.password", database.password(),
				"baton.redis.url", TestRedis.get().url(), "baton.demo", "false", "server.port", "0",
				"baton.escalation.sweep-job", "false", "logging.level.root", "WARN"));
		properties.putAll(Map.of("baton.dingtalk.apps[0].name", "main", "baton.dingtalk.apps[0].corp-id", d.corpId(),
				"baton.dingtalk.apps[0].app-key", d.appKey(), "baton.dingtalk.apps[0].app-secret", d.appSecret(),
				"baton.dingtalk.apps[0].robot-code", d.robotCode(), "baton.dingtalk.apps[0].agent-id", d.agentId(),
				"baton.dingtalk.apps[0].api-endpoint", emulator.dingTalkApiBaseUrl(),
				"baton.dingtalk.apps[0].oapi-base-url", emulator.dingTalkOapiBaseUrl()));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BatonApplication.class)
			.initializers(
					c -> c.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench", properties)))
			.run();
		context.getBean(dev.baton.integrations.state.SharedState.class).delete("dingtalk-token:" + d.appKey());
		return context;
	}

	private static void waitFor(java.util.function.BooleanSupplier condition, long millis) {
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			sleep(20);
		}
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
