package dev.baton.bot.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.platform.InboundGate;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.Platform;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.record.Delivery;
import dev.baton.testkit.RealServersInitializer;
import dev.baton.testkit.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis stopped under a running Baton (the R7 drill, BENCHMARKS.md): a message taken in
 * meanwhile is stored (the inbox is the database's) and waits, its attempts untouched,
 * instead of using them up against a server that is not there and becoming a dead letter
 * with the person told it could not be processed; once Redis is back it is handled and
 * answered on DingTalk (the platform emulator). With two attempts 50 ms apart, the old
 * handling made it a dead letter within a second. The Redis stopped is this context's own
 * ({@link TestRedis#startOwn()}), never the suite's.
 */
@DomainContext
@DirtiesContext // the emulator goes with the class
@TestPropertySource(properties = { "baton.inbox.backoff=50ms", "baton.inbox.max-attempts=2" })
class SharedStateAwayTest {

	static final PlatformEmulator emulator = PlatformEmulator.start();

	/**
	 * The Redis this context uses, and only it: stopping the suite's would break every
	 * other cached context's pooled connections.
	 */
	static final TestRedis redis = TestRedis.startOwn();

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		registry.add(RealServersInitializer.OWN_REDIS_URL, redis::url);
	}

	@AfterAll
	static void stop() {
		emulator.close();
		redis.close();
	}

	@Autowired
	InboundGate gate;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InboxWorker inbox;

	@Test
	void aMessageTakenInWhileRedisIsAwayWaitsForItAndIsAnsweredOnceItIsBack() throws Exception {
		long unit = directory
			.createUnit(null, "redis-away-" + UUID.randomUUID().toString().substring(0, 8), "共享状态单位", "CITY")
			.id();
		long official = directory.addOfficial("韩梅", "科员", unit).id();
		String user = "redisaway" + official;
		String corp = emulator.dingTalk().app().corpId();
		emulator.dingTalk().directory().addUsers(user);
		directory.bindIdentity("DINGTALK", corp, user, official);
		InboundEvent said = new InboundEvent.Text(new ChatUser(Platform.DINGTALK, corp, user),
				Conversation.direct(user), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), user + "-1",
				"帮助");

		long rounds = inbox.rounds().worked();
		redis.stopServer();
		try {
			assertThat(gate.admit(said)).as("stored: the inbox is in the database").isTrue();
			// tried again and again: more times than the two attempts allowed (one event
			// in this context)
			await().atMost(Duration.ofSeconds(20)).until(() -> inbox.rounds().worked() >= rounds + 4);
			assertThat(status(said)).as("waiting, not a dead letter").isIn("WAITING", "WORKING");
			assertThat(jdbc.queryForObject("SELECT attempts FROM inbox WHERE event_key = ?", Integer.class,
					said.dedupKey()))
				.as("no attempt used up")
				.isZero();
		}
		finally {
			redis.startServer();
		}

		await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(status(said)));
		assertThat(emulator.record()
			.awaitDeliveries(d -> d.recipient().equals(user) && d.delivered(), 1, Duration.ofSeconds(20)))
			.as("answered")
			.extracting(Delivery::content)
			.isNotEmpty();
		List<String> deadLetters = jdbc.queryForList("SELECT payload FROM outbox WHERE recipient_id = ? AND event = ?",
				String.class, official, OutboxEvent.INBOX_DEAD_LETTER.name());
		assertThat(deadLetters).as("nobody is told their message could not be processed").isEmpty();
	}

	private String status(InboundEvent event) {
		List<String> s = jdbc.queryForList("SELECT status FROM inbox WHERE event_key = ?", String.class,
				event.dedupKey());
		return s.isEmpty() ? null : s.get(0);
	}

}
