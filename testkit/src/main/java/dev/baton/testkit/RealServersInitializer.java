package dev.baton.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring application context at the suite's real MariaDB and Redis
 * ({@link TestDatabase}, {@link TestRedis}), ahead of every other property source. Each
 * context gets a database of its own (a copy of the migrated template,
 * {@link TestDatabase#createContextDatabase}) and a Redis database of its own
 * ({@link TestRedis#contextUrl()}): whatever a context's tests write, count or tamper
 * with, no other context sees it.
 */
public class RealServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * Set (by a test's {@code @DynamicPropertySource}) to the URL of a Redis server of
	 * the test's own: the context uses it instead of the suite's.
	 */
	public static final String OWN_REDIS_URL = "baton-test.own-redis-url";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase database = TestDatabase.get();
		TestRedis redis = TestRedis.get();
		String url = database.createContextDatabase(flywayLocations(context.getEnvironment()));
		Map<String, Object> properties = Map.of("spring.datasource.url", url, "spring.datasource.username",
				database.user(), "spring.datasource.password", database.password(),
				// the suite caches many contexts: an idle one keeps two connections, not
				// ten
				"spring.datasource.hikari.minimum-idle", "2", "spring.datasource.hikari.idle-timeout", "10000",
				// and a Redis database of its own: no token, hold or quota of another
				// context's emulator
				"baton.redis.url", redisUrl(context.getEnvironment(), redis),
				// the inbox rows of this context under a name of their own; nothing is
				// purged in the background
				// under a test
				"baton.inbox.lane", "test-" + java.util.UUID.randomUUID().toString().substring(0, 18),
				"baton.inbox.purge-every", "3650d", "baton.inbox.idle", "500ms");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("baton-test-servers", properties));
	}

	/**
	 * The context's Redis database on the suite's server, or a server of the test's own
	 * ({@link TestRedis#startOwn()}) named by {@value #OWN_REDIS_URL} (a test that stops
	 * Redis never stops the one every cached context uses).
	 */
	private static String redisUrl(Environment environment, TestRedis suite) {
		String own = environment.getProperty(OWN_REDIS_URL);
		return own == null || own.isBlank() ? suite.contextUrl() : own;
	}

	/**
	 * The application's {@code spring.flyway.locations}, a comma-separated value or a
	 * YAML list.
	 */
	private static String[] flywayLocations(Environment environment) {
		String joined = environment.getProperty("spring.flyway.locations");
		if (joined == null) {
			List<String> listed = new ArrayList<>();
			for (int i = 0; environment.containsProperty("spring.flyway.locations[" + i + "]"); i++) {
				listed.add(environment.getProperty("spring.flyway.locations[" + i + "]"));
			}
			joined = listed.isEmpty() ? "classpath:db/migration" : String.join(",", listed);
		}
		return joined.trim().split("\\s*,\\s*");
	}

}
