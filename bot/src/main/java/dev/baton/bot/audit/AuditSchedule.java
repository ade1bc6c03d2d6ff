package dev.baton.bot.audit;

import dev.baton.bot.system.ConditionalOnSwitch;
import dev.baton.scheduler.audit.CheckpointAuditJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The minute checkpoint of the audit chains on the clustered Quartz store. Off with
 * {@code baton.audit.checkpoint-job=false} (the test suite writes checkpoints itself).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSwitch("baton.audit.checkpoint-job")
class AuditSchedule {

	@Bean
	JobDetail checkpointAuditJob() {
		return CheckpointAuditJob.detail();
	}

	@Bean
	Trigger checkpointAuditEveryMinute(JobDetail checkpointAuditJob) {
		return CheckpointAuditJob.everyMinute(checkpointAuditJob);
	}

}
