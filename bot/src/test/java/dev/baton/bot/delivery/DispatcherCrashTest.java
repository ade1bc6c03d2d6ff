package dev.baton.bot.delivery;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.Platform;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.integrations.state.SharedState;
import dev.baton.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dispatcher JVM (the real application with its outbox worker) is killed with SIGKILL
 * in the middle of a fan-out to 2,000 users on each platform and another is started.
 * Every user gets the message; any repeat is one the platform absorbs (WeCom's duplicate
 * check, DingTalk's same content the same day), never a second delivery.
 */
@DomainContext
class DispatcherCrashTest {

	static final int USERS = 2000;

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	Directory directory;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	SharedState state;

	@Autowired
	dev.baton.bot.MutableClock clock;

	/** This context's own database, which the dispatchers share with it. */
	@Value("${spring.datasource.url}")
	String database;

	/**
	 * This context's own Redis database (the tokens it forgot, the quotas), which the
	 * dispatchers share with it.
	 */
	@Value("${baton.redis.url}")
	String redis;

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void killedMidFanOutAndRestartedEveryoneHasTheMessageOnce() throws Exception {
		List<String> users = emulator.wecom().directory().addNumberedUsers("c", USERS);
		emulator.dingTalk().directory().addNumberedUsers("c", USERS);
		String marker = "崩溃演练" + UUID.randomUUID().toString().substring(0, 6);
		List<Long> onWeCom = officials("WECOM", emulator.wecom().app().corpId(), users);
		List<Long> onDingTalk = officials("DINGTALK", emulator.dingTalk().app().corpId(), users);
		EmulatorApps.forgetTokens(state, emulator);
		// the dispatchers run on the real clock: the rows must be due by it
		clock.set(java.time.Instant.now());
		tx.executeWithoutResult(s -> {
			Map<String, String> payload = Map.of("unit", marker, "departing", "示例", "successor", "示例", "checklistDue",
					"2026-12-07", "receiptDue", "2026-11-25");
			outbox.enqueue(null, OutboxEvent.NOTICE_ISSUED, onWeCom, false, payload);
			outbox.enqueue(null, OutboxEvent.NOTICE_ISSUED, onDingTalk, false, payload);
		});
		emulator.reset();

		Process first = dispatcher("first");
		try {
			// mid fan-out: some DingTalk calls made (20 in all at 100 a call), far from
			// all
			await().atMost(Duration.ofSeconds(120))
				.until(() -> emulator.record().successfulCallCount(Api.DINGTALK_WORK_NOTIFICATION) >= 4);
		}
		finally {
			first.destroyForcibly().waitFor();
		}
		long beforeRestart = emulator.record().deliveries(Delivery::delivered).size();
		assertThat(beforeRestart).as("killed mid fan-out").isPositive().isLessThan(2L * USERS);

		Process second = dispatcher("second");
		try {
			await().atMost(Duration.ofSeconds(180))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> sent(marker) == 2L * USERS);
		}
		finally {
			second.destroy();
			second.waitFor();
		}

		// the dispatchers take every due row of the database (a reminder another test of
		// this context left): count
		// this message
		assertThat(emulator.record()
			.exactlyOnceProblems(Platform.WECOM, users,
					d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered() && d.content().contains(marker)))
			.isEmpty();
		assertThat(emulator.record()
			.exactlyOnceProblems(Platform.DINGTALK, users,
					d -> d.api() == Api.DINGTALK_WORK_NOTIFICATION && d.delivered() && d.content().contains(marker)))
			.isEmpty();
		assertThat(emulator.record().deliveries(d -> !d.delivered() && d.content().contains(marker)))
			.as("repeats of this message are absorbed by the platform, nothing else goes wrong")
			.allSatisfy(d -> assertThat(d.outcome()).isEqualTo(Outcome.ABSORBED_DUPLICATE));
	}

	private long sent(String marker) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM delivery d JOIN outbox o ON o.id = d.outbox_id"
				+ " WHERE o.payload LIKE ? AND d.status = 'SENT'", Long.class, "%" + marker + "%");
	}

	/**
	 * The real application in its own JVM, on this context's database, the suite's Redis
	 * and the emulator, with the worker on.
	 */
	private Process dispatcher(String name) throws Exception {
		var w = emulator.wecom().app();
		var d = emulator.dingTalk().app();
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
				System.getProperty("java.class.path"), BatonApplication.class.getName(), "--server.port=0",
				"--spring.datasource.url=" + database, "--spring.datasource.username=" + TestDatabase.get().user(),
				"--spring.datasource.password=" + TestDatabase.get().password(), "--baton.redis.url=" + redis,
				"--baton.demo=false", "--baton.webchat.enabled=false", "--baton.delivery.worker=true",
				"--baton.delivery.calls-per-second=8", "--baton.delivery.lease-seconds=5",
				"--baton.wecom.apps[0].name=main", "--baton.wecom.apps[0].corp-id=" + w.corpId(),
				"--baton.wecom.apps[0].agent-id=" + w.agentId(), "--baton.wecom.apps[0].secret=" + w.secret(),
				"--baton.wecom.apps[0].token=" + w.token(), "--baton.wecom.apps[0].encoding-aes-key=" + w.aesKey(),
				"--baton.wecom.apps[0].base-url=" + emulator.wecomBaseUrl(), "--baton.dingtalk.apps[0].name=main",
				"--baton.dingtalk.apps[0].corp-id=" + d.corpId(), "--baton.dingtalk.apps[0].app-key=" + d.appKey(),
				"--baton.dingtalk.apps[0].app-secret=" + d.appSecret(),
				"--baton.dingtalk.apps[0].robot-code=" + d.robotCode(),
				"--baton.dingtalk.apps[0].agent-id=" + d.agentId(),
				"--baton.dingtalk.apps[0].api-endpoint=" + emulator.dingTalkApiBaseUrl(),
				"--baton.dingtalk.apps[0].oapi-base-url=" + emulator.dingTalkOapiBaseUrl()));
		File log = Files.createDirectories(Path.of("target", "crash-test")).resolve(name + ".log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	private List<Long> officials(String platform, String corp, List<String> users) {
		return EmulatorApps.boundOfficials(directory, jdbc, platform, corp, users);
	}

}
