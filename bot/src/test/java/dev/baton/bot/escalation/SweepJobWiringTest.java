package dev.baton.bot.escalation;

import java.time.Duration;
import java.util.Map;

import dev.baton.scheduler.escalation.SweepDueStepsJob;
import dev.baton.testkit.TestDatabase;
import dev.baton.testkit.TestRedis;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sweep's Quartz wiring, in a context of its own on a database of its own (so its
 * minute trigger cannot fire in the suite's shared contexts): the job and its
 * every-minute trigger are registered in the clustered store, the job refuses concurrent
 * runs, and running it runs the sweep service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = SweepJobWiringTest.OwnDatabase.class)
class SweepJobWiringTest {

	@Autowired
	Scheduler scheduler;

	@Autowired
	EscalationSweep sweep;

	@Test
	void theMinuteJobIsRegisteredAndRunsTheSweep() throws Exception {
		JobDetail job = scheduler.getJobDetail(SweepDueStepsJob.JOB);
		assertThat(job).isNotNull();
		assertThat(job.getJobClass()).isEqualTo(SweepDueStepsJob.class)
			.hasAnnotation(DisallowConcurrentExecution.class);
		assertThat(scheduler.getTrigger(SweepDueStepsJob.EVERY_MINUTE)).isInstanceOfSatisfying(CronTrigger.class,
				t -> assertThat(t.getCronExpression()).isEqualTo("0 * * * * ?"));
		assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();

		scheduler.triggerJob(SweepDueStepsJob.JOB);

		await().atMost(Duration.ofSeconds(20)).until(() -> sweep.lastSweptAt().isPresent());
	}

	static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestDatabase database = TestDatabase.get();
			String url = database.createFreshDatabase("baton_sweep_job");
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("sweep-job-test",
						Map.of("spring.datasource.url", url, "spring.datasource.username", database.user(),
								"spring.datasource.password", database.password(), "baton.redis.url",
								TestRedis.get().url(), "baton.demo", "false",
								"spring.quartz.properties.org.quartz.scheduler.instanceName", "sweep-job-test")));
		}

	}

}
