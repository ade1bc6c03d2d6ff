package dev.baton.bot.system;

import dev.baton.scheduler.SchedulerHealthIndicator;
import org.quartz.Scheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the scheduler module into the application: Quartz itself is configured in
 * application.yml.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean
	SchedulerHealthIndicator schedulerHealthIndicator(Scheduler scheduler) {
		return new SchedulerHealthIndicator(scheduler);
	}

}
