package dev.baton.scheduler;

import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** A real (in-memory) Quartz scheduler taken through standby, running and shut down. */
class SchedulerHealthIndicatorTest {

	private Scheduler scheduler;

	@BeforeEach
	void createScheduler() throws SchedulerException {
		Properties properties = new Properties();
		properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "health-test-" + System.nanoTime());
		properties.setProperty("org.quartz.threadPool.threadCount", "1");
		properties.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, "org.quartz.simpl.RAMJobStore");
		scheduler = new StdSchedulerFactory(properties).getScheduler();
	}

	@AfterEach
	void shutDown() throws SchedulerException {
		if (!scheduler.isShutdown()) {
			scheduler.shutdown();
		}
	}

	@Test
	void outOfServiceBeforeStart() {
		assertThat(health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	@Test
	void upWhileRunningWithDetails() throws SchedulerException {
		scheduler.start();

		Health health = health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("jobStore", "RAMJobStore")
			.containsEntry("persistent", false)
			.containsEntry("clustered", false)
			.containsKey("instanceId");
	}

	@Test
	void downAfterShutdown() throws SchedulerException {
		scheduler.start();
		scheduler.shutdown();

		assertThat(health().getStatus()).isEqualTo(Status.DOWN);
	}

	private Health health() {
		return new SchedulerHealthIndicator(scheduler).health(true);
	}

}
