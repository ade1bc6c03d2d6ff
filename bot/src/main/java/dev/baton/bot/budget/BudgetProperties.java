package dev.baton.bot.budget;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Platform budgets, {@code baton.budget.*}
 * ({@code BATON_BUDGET_DINGTALK_MONTHLY_CALLS}…): see README, "Platform budgets".
 *
 * @param dingtalkMonthlyCalls DingTalk's monthly call quota of the organization (default
 * 5,000, the standard edition; open.dingtalk.com
 * how-to-process-api-throttling-on-the-dingtalk-server, 2026-05-09)
 * @param wecomMonthlyCalls a monthly budget of WeCom calls (default 0: none; WeCom has no
 * monthly quota)
 * @param warnPercent the shares of a budget at which the root administrators are told,
 * once each a month (80,95)
 * @param flushSeconds how often each instance adds its calls to the month's record
 * (default 10)
 */
@ConfigurationProperties("baton.budget")
@Validated
public record BudgetProperties(@Min(0) Long dingtalkMonthlyCalls, @Min(0) Long wecomMonthlyCalls,
		List<@NotNull @Min(1) @Max(100) Integer> warnPercent, @Min(1) @Max(86_400) Integer flushSeconds) {

	public BudgetProperties {
		dingtalkMonthlyCalls = dingtalkMonthlyCalls == null ? 5000 : dingtalkMonthlyCalls;
		wecomMonthlyCalls = wecomMonthlyCalls == null ? 0 : wecomMonthlyCalls;
		warnPercent = warnPercent == null ? List.of(80, 95) : warnPercent;
		flushSeconds = flushSeconds == null ? 10 : flushSeconds;
	}

}
