package dev.baton.testkit;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring application context at the suite's real MariaDB and Redis ({@link TestDatabase},
 * {@link TestRedis}), ahead of every other property source.
 */
public class RealServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase database = TestDatabase.get();
		TestRedis redis = TestRedis.get();
		Map<String, Object> properties = Map.of(
				"spring.datasource.url", database.url(),
				"spring.datasource.username", database.user(),
				"spring.datasource.password", database.password(),
				// the suite caches many contexts: an idle one keeps two connections, not ten
				"spring.datasource.hikari.minimum-idle", "2",
				"spring.datasource.hikari.idle-timeout", "10000",
				"baton.redis.url", redis.url(),
				// every cached context shares the database: each handles the inbox rows it stored itself, and none
				// purges the others' rows in the background
				"baton.inbox.lane", "test-" + java.util.UUID.randomUUID().toString().substring(0, 18),
				"baton.inbox.purge-every", "3650d",
				"baton.inbox.idle", "500ms");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("baton-test-servers", properties));
	}

}
