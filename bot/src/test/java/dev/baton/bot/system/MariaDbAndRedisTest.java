package dev.baton.bot.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;

import javax.sql.DataSource;

import dev.baton.bot.RealServers;
import dev.baton.integrations.state.JedisSharedState;
import dev.baton.integrations.state.SharedState;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With BATON_DB_URL and BATON_REDIS_URL set, the same application runs on MariaDB and
 * Redis.
 */
@RealServers
class MariaDbAndRedisTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SharedState sharedState;

	@Autowired
	Scheduler scheduler;

	@Value("${local.server.port}")
	int port;

	@Test
	void theDatabaseIsMariaDbMigratedByFlyway() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductVersion()).containsIgnoringCase("mariadb");
		}
		Integer applied = jdbc.queryForObject(
				"SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL", Integer.class);
		assertThat(applied).isPositive();
	}

	@Test
	void aRealDatabaseGetsNoDemoDataUnasked() {
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE code LIKE 'demo-%'", Integer.class))
			.isZero();
	}

	@Test
	void sharedStateRoundTripsThroughRedis() {
		assertThat(sharedState).isInstanceOf(JedisSharedState.class);
		String key = "test:" + System.nanoTime();
		sharedState.put(key, "交接棒 🏃", Duration.ofMinutes(1));

		assertThat(sharedState.get(key)).contains("交接棒 🏃");
		assertThat(((JedisSharedState) sharedState).ping()).isEqualTo("PONG");
	}

	@Test
	void quartzRunsClusteredOnTheJdbcStoreInMariaDb() throws Exception {
		SchedulerMetaData meta = scheduler.getMetaData();
		assertThat(meta.isJobStoreClustered()).isTrue();
		assertThat(meta.isJobStoreSupportsPersistence()).isTrue();

		JobKey key = JobKey.jobKey("probe-" + System.nanoTime(), "tests");
		scheduler.addJob(JobBuilder.newJob(org.quartz.Job.class).withIdentity(key).storeDurably().build(), false);

		Integer rows = jdbc.queryForObject(
				"SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = ? AND IS_DURABLE = ?", Integer.class,
				key.getName(), true);
		assertThat(rows).isEqualTo(1);
	}

	@Test
	void healthShowsDatabaseRedisAndScheduler() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		JsonNode health = JsonMapper.builder().build().readTree(response.body());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(health.path("status").asString()).isEqualTo("UP");
		for (String component : new String[] { "db", "redis", "scheduler" }) {
			assertThat(health.path("components").path(component).path("status").asString()).as(component)
				.isEqualTo("UP");
		}
	}

}
