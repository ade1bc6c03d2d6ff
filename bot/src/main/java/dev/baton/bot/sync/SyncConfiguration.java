package dev.baton.bot.sync;

import java.util.TimeZone;

import dev.baton.bot.system.ConditionalOnSwitch;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.sync.ReconcileDirectoriesJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sync's settings, and its nightly reconciliation on the clustered Quartz store. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
class SyncConfiguration {

	/** Off with {@code baton.sync.nightly-job=false} ({@code BATON_SYNC_NIGHTLY_JOB}). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnSwitch("baton.sync.nightly-job")
	static class Nightly {

		@Bean
		JobDetail reconcileDirectoriesJob() {
			return ReconcileDirectoriesJob.detail();
		}

		@Bean
		Trigger reconcileDirectoriesNightly(JobDetail reconcileDirectoriesJob, SyncProperties properties,
				TimeSource time) {
			return ReconcileDirectoriesJob.nightly(reconcileDirectoriesJob, properties.nightlyCron(),
					TimeZone.getTimeZone(time.zone()));
		}

	}

}
