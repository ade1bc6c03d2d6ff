package dev.baton.bot.escalation;

import dev.baton.bot.system.ConditionalOnSwitch;
import dev.baton.scheduler.escalation.SweepDueStepsJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The minute sweep on the clustered Quartz store. Off with
 * {@code baton.escalation.sweep-job=false} (the test suite drives the sweep itself on a
 * moved clock).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSwitch("baton.escalation.sweep-job")
class EscalationSchedule {

	@Bean
	JobDetail sweepDueStepsJob() {
		return SweepDueStepsJob.detail();
	}

	@Bean
	Trigger sweepDueStepsEveryMinute(JobDetail sweepDueStepsJob) {
		return SweepDueStepsJob.everyMinute(sweepDueStepsJob);
	}

}
