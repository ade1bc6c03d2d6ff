package dev.baton.bench.drill;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.testkit.TestDatabase;
import dev.baton.testkit.TestRedis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What the drills share: the platform emulator over HTTP, a fresh database on the
 * testkit's MariaDB, the testkit's Redis, and Baton in a JVM of its own
 * ({@link BotProcess}) configured with one WeCom and one DingTalk app pointed at the
 * emulator, always on the same port (a platform re-sends to the address it knows).
 */
public final class Rig implements AutoCloseable {

	private final TestDatabase database;

	private final String name;

	private final PlatformEmulator emulator;

	private final Map<String, String> settings;

	private final JdbcTemplate jdbc;

	private final int port;

	private final Path logs;

	private BotProcess bot;

	private int launches;

	private Rig(TestDatabase database, String name, PlatformEmulator emulator, Map<String, String> settings,
			JdbcTemplate jdbc, int port, Path logs) {
		this.database = database;
		this.name = name;
		this.emulator = emulator;
		this.settings = settings;
		this.jdbc = jdbc;
		this.port = port;
		this.logs = logs;
	}

	/**
	 * A rig on a fresh database {@code name}, with Redis emptied (tokens and holds of
	 * earlier runs).
	 * @param extra settings added to Baton's (shorter leases in the suite's smoke)
	 */
	public static Rig open(TestDatabase database, String name, long seed, Path logs, Map<String, String> extra) {
		PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false).seed(seed));
		String url = database.createFreshDatabase(name);
		flushRedis(TestRedis.get().url());
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.datasource.url", url);
		settings.put("spring.datasource.username", database.user());
		settings.put("spring.datasource.password", database.password());
		settings.put("baton.redis.url", TestRedis.get().url());
		settings.put("baton.demo", "false");
		settings.put("baton.escalation.sweep-job", "false");
		settings.put("logging.level.root", "WARN");
		var w = emulator.wecom().app();
		settings.put("baton.wecom.apps[0].name", "main");
		settings.put("baton.wecom.apps[0].corp-id", w.corpId());
		settings.put("baton.wecom.apps[0].agent-id", String.valueOf(w.agentId()));
		settings.put("baton.wecom.apps[0].secret", w.secret());
		settings.put("baton.wecom.apps[0].token", w.token());
		settings.put("baton.wecom.apps[0].encoding-aes-key", w.aesKey());
		settings.put("baton.wecom.apps[0].base-url", emulator.wecomBaseUrl());
		var d = emulator.dingTalk().app();
		settings.put("baton.dingtalk.apps[0].name", "main");
		settings.put("baton.dingtalk.apps[0].corp-id", d.corpId());
		settings.put("baton.dingtalk.apps[0].app-key", d.appKey());
		settings.put("baton.dingtalk.apps[0].app-secret", d.appSecret());
		settings.put("baton.dingtalk.apps[0].robot-code", d.robotCode());
		settings.put("baton.dingtalk.apps[0].agent-id", String.valueOf(d.agentId()));
		settings.put("baton.dingtalk.apps[0].api-endpoint", emulator.dingTalkApiBaseUrl());
		settings.put("baton.dingtalk.apps[0].oapi-base-url", emulator.dingTalkOapiBaseUrl());
		settings.putAll(extra);
		DriverManagerDataSource source = new DriverManagerDataSource(url, database.user(), database.password());
		return new Rig(database, name, emulator, settings, new JdbcTemplate(source), freePort(), logs);
	}

	/**
	 * Starts Baton (the first time, Flyway makes the schema); returns the time until it
	 * answered healthy.
	 */
	public Duration startBot() {
		return startBot(Map.of());
	}

	/** As {@link #startBot()}, with settings for this launch only (a worker off, say). */
	public Duration startBot(Map<String, String> thisLaunch) {
		Map<String, String> all = new LinkedHashMap<>(settings);
		all.putAll(thisLaunch);
		long started = System.nanoTime();
		bot = BotProcess.start(all, port, logs.resolve("baton-" + (++launches) + ".log"), Duration.ofMinutes(5));
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** An orderly stop of the running Baton. */
	public void stopBot() {
		bot.stop();
		bot = null;
	}

	/** {@code kill -9} of the running Baton. */
	public void killBot() {
		bot.kill9();
		bot = null;
	}

	public PlatformEmulator emulator() {
		return emulator;
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

	public TestDatabase database() {
		return database;
	}

	/** A connection of the driver's own to the rig's database. */
	public java.sql.Connection connect() throws java.sql.SQLException {
		return database.connect(name);
	}

	/** Where DingTalk posts robot messages to Baton. */
	public URI robotUrl() {
		return URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main");
	}

	/**
	 * Officials in a new unit, each bound to one user of the platform; their ids in the
	 * users' order.
	 */
	public List<Long> bind(String platform, String corp, List<String> users, String unitCode) {
		jdbc.update("INSERT INTO org_unit (parent_id, code, name, unit_type, path, created_at) VALUES (NULL, ?, ?,"
				+ " 'CITY', '/', CURRENT_TIMESTAMP(3))", unitCode, "演练（" + unitCode + "）");
		long unit = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, unitCode);
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
			identities.add(new Object[] { platform, corp, users.get(i), ids.get(i) });
		}
		jdbc.batchUpdate("INSERT INTO chat_identity (platform, corp_id, user_id, official_id, bound_at)"
				+ " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP(3))", identities);
		return ids;
	}

	/** The emulator's last recorded delivery, to count what comes after it. */
	public long deliveryMark() {
		List<Delivery> all = emulator.record().deliveries();
		return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
	}

	/** Answers in the conversation delivered after {@code mark}, per person. */
	public Map<String, Long> repliesSince(long mark) {
		Map<String, Long> counts = new HashMap<>();
		for (Delivery d : emulator.record()
			.deliveries(d -> d.seq() > mark && d.outcome() == Outcome.DELIVERED
					&& (d.api() == Api.DINGTALK_SESSION_WEBHOOK || d.api() == Api.DINGTALK_ROBOT_BATCH_SEND))) {
			counts.merge(d.recipient(), 1L, Long::sum);
		}
		return counts;
	}

	/**
	 * Whether every inbound event is handled (done or dead) and every answer sent or
	 * dead.
	 */
	public boolean conversationSettled() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE status NOT IN ('DONE', 'DEAD')", Long.class) == 0
				&& jdbc.queryForObject("SELECT COUNT(*) FROM chat_reply WHERE status NOT IN ('SENT', 'DEAD')",
						Long.class) == 0;
	}

	/**
	 * How many messages one answer to 帮助 is: a person says it once and the answer is
	 * counted.
	 */
	public int messagesPerAnswer(String user) {
		long mark = deliveryMark();
		var result = emulator.dingTalkCallbacks().sendRobotMessage(robotUrl(), Burst.help(emulator, user));
		if (!result.accepted()) {
			throw new IllegalStateException("the warm-up callback was refused: " + result.last());
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline && (repliesSince(mark).isEmpty() || !conversationSettled())) {
			BotProcess.sleep(100);
		}
		int n = repliesSince(mark).getOrDefault(user, 0L).intValue();
		if (n == 0) {
			throw new IllegalStateException("no answer to the warm-up message arrived");
		}
		return n;
	}

	@Override
	public void close() {
		if (bot != null) {
			bot.stop();
		}
		emulator.close();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * FLUSHALL on the testkit's Redis (the drill's own server): no token or hold of an
	 * earlier run is left.
	 */
	static void flushRedis(String url) {
		URI uri = URI.create(url);
		try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
			OutputStream out = socket.getOutputStream();
			out.write("*1\r\n$8\r\nFLUSHALL\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder answer = new StringBuilder();
			for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
				answer.append((char) c);
			}
			if (!answer.toString().startsWith("+OK")) {
				throw new IllegalStateException("Redis answered FLUSHALL with " + answer);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not empty Redis at " + url, ex);
		}
	}

}
