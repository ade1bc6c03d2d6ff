package dev.baton.bot.platform;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.callback.DingTalkCallbackClient;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.stream.StreamAck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When an event cannot be stored in the inbox (here: its table is away, as when the
 * database is), DingTalk is never told all is well: the HTTP robot callback is answered
 * 503 and the Stream frame is acknowledged with the protocol's error code (500, not 200),
 * so the platform sends it again; sent again once the database is back, the event is
 * stored once and answered. A Stream message from another corp is acknowledged and
 * dropped, storing nothing.
 */
@DomainContext
@DirtiesContext // closes Baton's Stream connection before the emulator goes
class NothingUnstoredIsAcknowledgedTest {

	static final PlatformEmulator emulator = PlatformEmulator
		.start(EmulatorConfig.defaults().streamPingInterval(Duration.ZERO));

	static {
		emulator.tls().applyAsDefaultTrustStore();
	}

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	final AnswersOnRecord answers = new AnswersOnRecord(emulator);

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		registry.add("baton.dingtalk.apps[0].mode", () -> "stream");
		registry.add("baton.dingtalk.apps[0].card-template-id", () -> "baton.card.v1");
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void connected() throws InterruptedException {
		clock.set(Instant.now());
		assertThat(emulator.stream()
			.awaitConnection(emulator.dingTalk().app().appKey(), DingTalkCallbackClient.BOT_TOPIC,
					Duration.ofSeconds(20)))
			.as("Baton opened the Stream connection")
			.isTrue();
	}

	@Test
	void anEventThatCannotBeStoredIsRefusedSoDingTalkSendsItAgainAndThenItIsHandledOnce() throws Exception {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String user = "busy" + org.departing;
		emulator.dingTalk().directory().addUsers(user);
		directory.bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), user, org.departing);
		DingTalkCallbackClient callbacks = emulator.dingTalkCallbacks();
		var overStream = callbacks.privateText(user, "帮助");
		var overHttp = callbacks.privateText(user, "我的交接");
		URI url = URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main");
		long mark = answers.mark();

		jdbc.execute("RENAME TABLE inbox TO inbox_away");
		StreamAck busy;
		int httpStatus;
		try {
			busy = callbacks.sendRobotMessageOverStream(overStream).get(10, TimeUnit.SECONDS);
			httpStatus = callbacks.sendRobotMessage(url, overHttp).status();
		}
		finally {
			jdbc.execute("RENAME TABLE inbox_away TO inbox");
		}
		assertThat(busy.code()).as("the Stream frame is not acknowledged as taken").isEqualTo(500);
		assertThat(httpStatus).as("the HTTP callback is told to come again").isEqualTo(503);
		assertThat(stored(overStream.path("msgId").asString()) + stored(overHttp.path("msgId").asString())).isZero();

		// DingTalk sends both again, and then once more
		for (int i = 0; i < 2; i++) {
			assertThat(callbacks.sendRobotMessageOverStream(overStream).get(10, TimeUnit.SECONDS).code())
				.isEqualTo(200);
			assertThat(callbacks.sendRobotMessage(url, overHttp).status()).isEqualTo(200);
		}

		assertThat(stored(overStream.path("msgId").asString())).isEqualTo(1);
		assertThat(stored(overHttp.path("msgId").asString())).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE event_key IN (?, ?) AND status = 'DONE'",
					Integer.class, "DINGTALK:msg:" + overStream.path("msgId").asString(),
					"DINGTALK:msg:" + overHttp.path("msgId").asString()) == 2);
		assertThat(answers.awaitTo(user, mark, 2)).extracting(Delivery::content).isNotEmpty();
	}

	@Test
	void aStreamMessageFromAnotherCorpIsAcknowledgedAndDroppedStoringNothing() throws Exception {
		DingTalkCallbackClient callbacks = emulator.dingTalkCallbacks();
		var forged = callbacks.privateText("intruder", "我的交接");
		forged.put("senderCorpId", "dingattackercorp");
		forged.put("chatbotCorpId", "dingattackercorp");

		StreamAck ack = callbacks.sendRobotMessageOverStream(forged).get(10, TimeUnit.SECONDS);

		assertThat(ack.code()).as("sending it again would change nothing").isEqualTo(200);
		assertThat(stored(forged.path("msgId").asString())).isZero();
	}

	private int stored(String msgId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE event_key = ?", Integer.class,
				"DINGTALK:msg:" + msgId);
	}

}
