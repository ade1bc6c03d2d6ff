package dev.baton.bot.webchat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import dev.baton.bot.DomainContext;
import dev.baton.bot.Workers;
import dev.baton.bot.directory.Directory;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.state.SharedState;
import dev.baton.testkit.RealServersInitializer;
import dev.baton.testkit.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis restarted under a running Baton (an upgrade, a failover, a crash and restart):
 * the connections Baton pooled before are dead, yet the next web-chat turn is taken,
 * handled at its first try and answered, and no person or caller sees an error. Before
 * pooled connections were validated when borrowed, the first command on each stale one
 * failed: the turn waited "for the shared state" ({@code last_error} of its inbox row
 * says so) although Redis was back. The Redis restarted is this context's own.
 */
@DomainContext
@DirtiesContext // the Redis server goes with the class
@TestPropertySource(properties = "baton.webchat.enabled=true")
class WebChatAfterRedisRestartTest {

	static final TestRedis redis = TestRedis.startOwn();

	@DynamicPropertySource
	static void ownRedis(DynamicPropertyRegistry registry) {
		registry.add(RealServersInitializer.OWN_REDIS_URL, redis::url);
	}

	@AfterAll
	static void stop() {
		redis.close();
	}

	@Autowired
	Directory directory;

	@Autowired
	SharedState state;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Workers workers;

	@Value("${local.server.port}")
	int port;

	@Test
	void theNextTurnAfterARestartIsHandledAtOnceAndAnswered() throws Exception {
		assertThat(state.describe()).as("this context's own Redis").endsWith(":" + redis.url().replaceAll(".*:", ""));
		ChatClient chat = new ChatClient(port);
		long unit = directory.createUnit(null, "redis-restart-" + port, "重启单位", "CITY").id();
		long official = directory.addOfficial("韩梅", "科员", unit).id();
		directory.bindIdentity(Platform.WEB.name(), WebChat.CORP, Long.toString(official), official);

		// a turn before: the pool holds connections to the server as it was
		long seen = turn(chat, official, "m-before-0001", 0);
		redis.stopServer();
		redis.startServer();

		HttpResponse<String> after = chat.post("/chat/api/messages",
				Map.of("officialId", official, "text", "帮助", "messageId", "m-after-0001"));
		assertThat(after.statusCode()).as(after.body()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).until(() -> chat.messages(official, seen).size() >= 2);
		JsonNode answer = chat.messages(official, seen);
		assertThat(StreamSupport.stream(answer.spliterator(), false).map(m -> m.path("kind").asString()))
			.as("the person's words and Baton's answer")
			.contains("user")
			.anyMatch(kind -> !kind.equals("user"));
		workers.awaitIdle();
		List<Map<String, Object>> rows = jdbc.queryForList(
				"SELECT status, attempts, last_error FROM inbox WHERE event_key = ?",
				"WEB:msg:" + official + "-m-after-0001");
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.get("status")).isEqualTo("DONE");
			assertThat(row.get("last_error")).as("handled at the first try, no wait for the shared state").isNull();
		});
		assertThat(state.putIfAbsent("restart-probe-" + official, "1", Duration.ofMinutes(1)))
			.as("a command right after the restart")
			.isTrue();
	}

	private static long turn(ChatClient chat, long official, String messageId, long after) throws Exception {
		HttpResponse<String> sent = chat.post("/chat/api/messages",
				Map.of("officialId", official, "text", "帮助", "messageId", messageId));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).until(() -> chat.messages(official, after).size() >= 2);
		JsonNode messages = chat.messages(official, after);
		return messages.get(messages.size() - 1).path("id").asLong();
	}

}
