package dev.baton.scheduler.escalation;

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
 * Every minute, one instance of the cluster sweeps the due steps. A thin adapter: all the
 * work, and the guarantee that each stage is sent once, is in {@link DueStepSweep}. A
 * failed sweep is logged and left to the next minute (the sweep is idempotent), never
 * refired at once.
 */
@DisallowConcurrentExecution
public class SweepDueStepsJob extends QuartzJobBean {

	public static final JobKey JOB = JobKey.jobKey("sweep-due-steps", "escalation");

	public static final TriggerKey EVERY_MINUTE = TriggerKey.triggerKey("sweep-due-steps-every-minute", "escalation");

	private static final Logger log = LoggerFactory.getLogger(SweepDueStepsJob.class);

	private DueStepSweep sweep;

	@Autowired
	public void setDueStepSweep(DueStepSweep sweep) {
		this.sweep = sweep;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		try {
			SweepOutcome outcome = sweep.sweepDue();
			if (outcome.visited() > 0) {
				log.info("Swept due steps: {}", outcome);
			}
		}
		catch (RuntimeException ex) {
			log.error("The sweep of due steps failed; the next run tries again", ex);
		}
	}

	public static JobDetail detail() {
		return JobBuilder.newJob(SweepDueStepsJob.class)
			.withIdentity(JOB)
			.withDescription("reminders and escalations of waiting steps")
			.storeDurably()
			.build();
	}

	/**
	 * At second 0 of every minute; a run missed while every instance was down is not made
	 * up (the next one is).
	 */
	public static Trigger everyMinute(JobDetail job) {
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(EVERY_MINUTE)
			.withSchedule(CronScheduleBuilder.cronSchedule("0 * * * * ?").withMisfireHandlingInstructionDoNothing())
			.build();
	}

}
