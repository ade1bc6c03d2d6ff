package dev.baton.bot.budget;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.Platform;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Platform budgets: {@code baton.budget.dingtalk-monthly-calls} (default 5,000, DingTalk's standard edition quota per
 * organization; open.dingtalk.com how-to-process-api-throttling-on-the-dingtalk-server, 2026-05-09),
 * {@code baton.budget.wecom-monthly-calls} (default 0: WeCom has no monthly quota), {@code baton.budget.warn-percent}
 * (default 80,95), {@code baton.budget.flush-seconds} (default 10).
 */
@Configuration(proxyBeanMethods = false)
class BudgetConfiguration {

	@Bean
	PlatformApiCalls platformApiCalls(MeterRegistry meters, TimeSource time) {
		return new PlatformApiCalls(meters, time);
	}

	@Bean
	PlatformBudgets platformBudgets(PlatformApiCalls calls, BudgetMapper mapper, Directory directory, Outbox outbox,
			PlatformTransactionManager transactions, TimeSource time, MeterRegistry meters,
			@Value("${baton.budget.dingtalk-monthly-calls:5000}") long dingTalk,
			@Value("${baton.budget.wecom-monthly-calls:0}") long weCom,
			@Value("${baton.budget.warn-percent:80,95}") String warnAt,
			@Value("${baton.budget.flush-seconds:10}") int flushSeconds) {
		List<Integer> thresholds = Arrays.stream(warnAt.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(Integer::valueOf)
			.toList();
		return new PlatformBudgets(calls, mapper, directory, outbox, new TransactionTemplate(transactions), time, meters,
				Map.of(Platform.DINGTALK, dingTalk, Platform.WECOM, weCom), thresholds,
				Duration.ofSeconds(Math.max(1, flushSeconds)));
	}

}
