package dev.baton.integrations.state;

import java.net.URI;
import java.time.Duration;

import dev.baton.testkit.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contract against a real Redis server (embedded-redis, or
 * {@code BATON_TEST_REDIS_URL}).
 */
class JedisSharedStateTest extends SharedStateContract {

	private static JedisSharedState state;

	@BeforeAll
	static void connect() {
		state = new JedisSharedState(URI.create(TestRedis.get().url()));
	}

	@AfterAll
	static void disconnect() {
		state.close();
	}

	@Override
	SharedState state() {
		return state;
	}

	@Test
	void roundTripReachesTheRedisServer() {
		assertThat(state.ping()).isEqualTo("PONG");
		assertThat(state.describe()).startsWith("redis ");
	}

	@Test
	void redisExpiresEntriesItself() {
		String key = key("short-lived");
		state.put(key, "x", Duration.ofMillis(150));
		assertThat(state.get(key)).contains("x");

		await().atMost(Duration.ofSeconds(3)).until(() -> state.get(key).isEmpty());
	}

}
