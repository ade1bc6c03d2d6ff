package dev.baton.scheduler.sync;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every night, one instance of the cluster reconciles the directory with the platforms. A
 * thin adapter: the work is {@link DirectoryReconciliation}'s. A failed run is logged
 * (and reported in its run) and left to the next night.
 */
@DisallowConcurrentExecution
public class ReconcileDirectoriesJob extends QuartzJobBean {

	public static final JobKey JOB = JobKey.jobKey("reconcile-directories", "sync");

	public static final TriggerKey NIGHTLY = TriggerKey.triggerKey("reconcile-directories-nightly", "sync");

	private static final Logger log = LoggerFactory.getLogger(ReconcileDirectoriesJob.class);

	private DirectoryReconciliation reconciliation;

	@Autowired
	public void setDirectoryReconciliation(DirectoryReconciliation reconciliation) {
		this.reconciliation = reconciliation;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		try {
			reconciliation.reconcileAll();
		}
		catch (RuntimeException ex) {
			log.error("The nightly directory reconciliation failed; the next night tries again", ex);
		}
	}

	public static JobDetail detail() {
		return JobBuilder.newJob(ReconcileDirectoriesJob.class)
			.withIdentity(JOB)
			.withDescription("reconcile the directory with the chat platforms' org charts")
			.storeDurably()
			.build();
	}

	/**
	 * On the cron expression in the units' time zone; a night missed while every instance
	 * was down is not made up.
	 */
	public static Trigger nightly(JobDetail job, String cron, TimeZone zone) {
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(NIGHTLY)
			.withSchedule(
					CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone).withMisfireHandlingInstructionDoNothing())
			.build();
	}

}
