package dev.baton.bot.system;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.DomainContext;
import dev.baton.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second Baton in the same JVM, on a database of its own (several tests start one),
 * neither takes over this one's Quartz connections while it runs nor leaves them closed
 * when it stops. Before {@link OwnConnectionsJobStore} the last scheduler named "baton"
 * to start owned Quartz's connections for all: this context's jobs went into the other
 * database, and once that stopped every schedule failed ("HikariDataSource … has been
 * closed"), as the console's broadcasts did in a random-order run after
 * {@code AuditUpgradeTest}.
 */
@DomainContext
class QuartzKeepsItsOwnDatabaseTest {

	private static final String GROUP = "own-database-test";

	private final JobKey whileRunning = JobKey.jobKey("while-" + UUID.randomUUID(), GROUP);

	private final JobKey afterwards = JobKey.jobKey("after-" + UUID.randomUUID(), GROUP);

	@Autowired
	Scheduler scheduler;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSecondBatonInTheJvmNeitherTakesNorBreaksThisOnesJobStore() throws SchedulerException {
		TestDatabase database = TestDatabase.get();
		String url = database.createFreshDatabase("baton_quartz_other");
		JdbcTemplate other = new JdbcTemplate(
				(DataSource) new DriverManagerDataSource(url, database.user(), database.password()));
		try (ConfigurableApplicationContext second = start(url, database)) {
			assertThat(second.isRunning()).isTrue();
			store(whileRunning);
			assertThat(rows(jdbc, whileRunning)).as("in this context's database").isOne();
			assertThat(rows(other, whileRunning)).as("in the other Baton's database").isZero();
		}
		store(afterwards);
		assertThat(rows(jdbc, afterwards)).isOne();
		assertThat(scheduler.checkExists(whileRunning)).isTrue();
	}

	/** This test's own jobs, from this test's own database. */
	@AfterEach
	void removeTheJobs() {
		jdbc.update("DELETE FROM QRTZ_JOB_DETAILS WHERE JOB_GROUP = ?", GROUP);
	}

	private void store(JobKey key) throws SchedulerException {
		scheduler.addJob(JobBuilder.newJob(Idle.class).withIdentity(key).storeDurably().build(), false);
	}

	private static int rows(JdbcTemplate db, JobKey key) {
		return db.queryForObject("SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = ? AND JOB_GROUP = ?",
				Integer.class, key.getName(), key.getGroup());
	}

	private static ConfigurableApplicationContext start(String url, TestDatabase database) {
		return new SpringApplicationBuilder(BatonApplication.class).initializers(context -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("second-baton",
					Map.of("spring.datasource.url", url, "spring.datasource.username", database.user(),
							"spring.datasource.password", database.password(), "server.port", "0",
							"baton.escalation.sweep-job", "false", "baton.delivery.worker", "false",
							"baton.audit.checkpoint-job", "false"))))
			.run();
	}

	/** Stored, never fired. */
	public static class Idle implements Job {

		@Override
		public void execute(JobExecutionContext context) {
		}

	}

}
