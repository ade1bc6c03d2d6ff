package dev.baton.bot.system;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BatonProperties.class)
class SystemConfiguration {

	/** Every Baton setting read and checked before anything is built. */
	@Bean
	static SettingsCheck settingsCheck() {
		return new SettingsCheck();
	}

	@Bean
	Savepoints savepoints(PlatformTransactionManager transactions, List<SavepointParticipant> participants) {
		return new Savepoints(transactions, participants);
	}

}
