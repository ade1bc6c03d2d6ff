package dev.baton.scheduler.audit;

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
 * Every minute, one instance of the cluster anchors the audit chains that moved in a
 * global checkpoint. A thin adapter: the work is in {@link AuditCheckpointing}. A failed
 * run is logged and left to the next minute, which anchors what this one would have.
 */
@DisallowConcurrentExecution
public class CheckpointAuditJob extends QuartzJobBean {

	public static final JobKey JOB = JobKey.jobKey("checkpoint-audit-chains", "audit");

	public static final TriggerKey EVERY_MINUTE = TriggerKey.triggerKey("checkpoint-audit-chains-every-minute",
			"audit");

	private static final Logger log = LoggerFactory.getLogger(CheckpointAuditJob.class);

	private AuditCheckpointing checkpoints;

	@Autowired
	public void setAuditCheckpointing(AuditCheckpointing checkpoints) {
		this.checkpoints = checkpoints;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		try {
			checkpoints.checkpoint().ifPresent(seq -> log.debug("Audit checkpoint {} written", seq));
		}
		catch (RuntimeException ex) {
			log.error("The audit checkpoint failed; the next run tries again", ex);
		}
	}

	public static JobDetail detail() {
		return JobBuilder.newJob(CheckpointAuditJob.class)
			.withIdentity(JOB)
			.withDescription("anchors the heads of the audit chains in a global checkpoint")
			.storeDurably()
			.build();
	}

	/**
	 * At second 30 of every minute (the due-step sweep runs at second 0); a missed run is
	 * not made up.
	 */
	public static Trigger everyMinute(JobDetail job) {
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(EVERY_MINUTE)
			.withSchedule(CronScheduleBuilder.cronSchedule("30 * * * * ?").withMisfireHandlingInstructionDoNothing())
			.build();
	}

}
