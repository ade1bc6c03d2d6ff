package dev.baton.scheduler;

import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The Quartz scheduler's health: UP while it runs, OUT_OF_SERVICE in standby (before
 * start-up completes or when paused), DOWN once shut down. Details name the instance and
 * whether the job store is persistent and clustered.
 */
public class SchedulerHealthIndicator extends AbstractHealthIndicator {

	private final Scheduler scheduler;

	public SchedulerHealthIndicator(Scheduler scheduler) {
		super("Quartz scheduler health check failed");
		this.scheduler = scheduler;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		SchedulerMetaData meta = scheduler.getMetaData();
		builder.withDetail("name", meta.getSchedulerName())
			.withDetail("instanceId", meta.getSchedulerInstanceId())
			.withDetail("jobStore", meta.getJobStoreClass().getSimpleName())
			.withDetail("persistent", meta.isJobStoreSupportsPersistence())
			.withDetail("clustered", meta.isJobStoreClustered());
		if (meta.isShutdown()) {
			builder.down();
		}
		else if (meta.isInStandbyMode()) {
			builder.outOfService();
		}
		else {
			builder.up();
		}
	}

}
