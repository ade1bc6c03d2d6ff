package dev.baton.bot.audit;

import dev.baton.scheduler.audit.CheckpointAuditJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The minute checkpoint of the audit chains on the clustered Quartz store. Off with
 * {@code baton.audit.checkpoint-job=false} (the test suite writes checkpoints itself).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "baton.audit.checkpoint-job", havingValue = "true", matchIfMissing = true)
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
