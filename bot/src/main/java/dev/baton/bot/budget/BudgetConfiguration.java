package dev.baton.bot.budget;

import java.time.Duration;
import java.util.Map;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.Platform;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Platform budgets, as {@link BudgetProperties} ({@code baton.budget.*}) sets them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BudgetProperties.class)
class BudgetConfiguration {

	@Bean
	PlatformApiCalls platformApiCalls(MeterRegistry meters, TimeSource time) {
		return new PlatformApiCalls(meters, time);
	}

	@Bean
	PlatformBudgets platformBudgets(PlatformApiCalls calls, BudgetMapper mapper, Directory directory, Outbox outbox,
			PlatformTransactionManager transactions, TimeSource time, MeterRegistry meters, BudgetProperties settings) {
		return new PlatformBudgets(calls, mapper, directory, outbox, new TransactionTemplate(transactions), time,
				meters,
				Map.of(Platform.DINGTALK, settings.dingtalkMonthlyCalls(), Platform.WECOM,
						settings.wecomMonthlyCalls()),
				settings.warnPercent(), Duration.ofSeconds(settings.flushSeconds()));
	}

}
