package dev.baton.scheduler.broadcast;

import java.time.ZoneId;
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
 * One run of a scheduled broadcast: a thin adapter that hands the broadcast's id (the
 * only thing in its data map) and the scheduled fire time to {@link BroadcastRunner}. One
 * job and one cron trigger per broadcast, in the broadcast's time zone.
 */
@DisallowConcurrentExecution
public class BroadcastJob extends QuartzJobBean {

	public static final String GROUP = "broadcast";

	private static final Logger log = LoggerFactory.getLogger(BroadcastJob.class);

	private BroadcastRunner runner;

	private long broadcastId;

	@Autowired
	public void setBroadcastRunner(BroadcastRunner runner) {
		this.runner = runner;
	}

	/** From the job data map. */
	public void setBroadcastId(long broadcastId) {
		this.broadcastId = broadcastId;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		try {
			runner.run(broadcastId, context.getScheduledFireTime().toInstant());
		}
		catch (RuntimeException ex) {
			log.error("Broadcast {} failed at {}; its next run is on schedule", broadcastId,
					context.getScheduledFireTime(), ex);
		}
	}

	public static JobKey jobKey(long broadcastId) {
		return JobKey.jobKey("broadcast-" + broadcastId, GROUP);
	}

	public static TriggerKey triggerKey(long broadcastId) {
		return TriggerKey.triggerKey("broadcast-" + broadcastId, GROUP);
	}

	public static JobDetail detail(long broadcastId, String name) {
		return JobBuilder.newJob(BroadcastJob.class)
			.withIdentity(jobKey(broadcastId))
			.withDescription(name)
			.usingJobData("broadcastId", broadcastId)
			.storeDurably()
			.build();
	}

	/**
	 * The broadcast's cron in its zone; a run missed while every instance was down is not
	 * made up.
	 */
	public static Trigger trigger(long broadcastId, String cron, ZoneId zone) {
		return TriggerBuilder.newTrigger()
			.withIdentity(triggerKey(broadcastId))
			.forJob(jobKey(broadcastId))
			.withSchedule(CronScheduleBuilder.cronSchedule(cron)
				.inTimeZone(TimeZone.getTimeZone(zone))
				.withMisfireHandlingInstructionDoNothing())
			.build();
	}

}
