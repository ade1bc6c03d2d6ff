package dev.baton.bot.budget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.delivery.ChatPlatforms;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.Target;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API calls to the platforms (through the emulator over HTTP) are counted per platform,
 * corp and month as metrics and in the month's record; DingTalk's metered calls passing
 * 80% and then 95% of the monthly budget each tell the root administrators once, in
 * Chinese first.
 */
@DomainContext
class PlatformBudgetsTest {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	ChatPlatforms platforms;

	@Autowired
	PlatformBudgets budgets;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	@Autowired
	dev.baton.integrations.state.SharedState state;

	long admin;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		registry.add("baton.budget.dingtalk-monthly-calls", () -> "10");
		registry.add("baton.budget.flush-seconds", () -> "3600");
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void dingTalkCallsAreCountedAndTheRootAdministratorsAreToldAtEightyAndNinetyFivePercentOnce() {
		// a month of its own: the suite's other contexts record their calls in the same
		// table
		clock.set(Instant.parse("2040-03-10T02:00:00Z"));
		EmulatorApps.forgetTokens(state, emulator);
		admin = tx.execute(s -> {
			String tag = UUID.randomUUID().toString().substring(0, 8);
			long unit = directory.createUnit(null, "budget-" + tag, "预算测试（" + tag + "）", "CITY").id();
			long id = directory.addOfficial("预算管理员", "系统管理员", unit).id();
			directory.assignRootAdmin(id);
			return id;
		});
		String corp = emulator.dingTalk().app().corpId();
		var dingtalk = platforms.get(Platform.DINGTALK, corp);

		for (int i = 1; i <= 7; i++) {
			dingtalk.send(new Target.Users(corp, List.of("zhangsan")), new OutboundMessage.Text("第" + i + "条通知"));
		}
		budgets.flush();
		BudgetMapper.Usage usage = budgets.thisMonth()
			.stream()
			.filter(u -> u.platform() == Platform.DINGTALK && u.corpId().equals(corp))
			.findFirst()
			.orElseThrow();
		assertThat(usage.meteredCalls()).isEqualTo(7);
		assertThat(usage.calls()).as("the token fetch is counted, not metered").isEqualTo(8);
		assertThat(notices()).isEmpty();
		assertThat(meters.get("baton.platform.api.calls")
			.tag("platform", "DINGTALK")
			.tag("corp", corp)
			.tag("metered", "true")
			.counter()
			.count()).isGreaterThanOrEqualTo(7);
		assertThat(
				meters.get("baton.platform.api.month.calls").tag("corp", corp).tag("metered", "true").gauge().value())
			.isEqualTo(7);

		dingtalk.send(new Target.Users(corp, List.of("zhangsan")), new OutboundMessage.Text("第8条通知"));
		budgets.flush();
		budgets.flush();
		assertThat(notices()).as("80%%: told once, however often the budget is looked at").hasSize(1);
		String text = renderer.render(dev.baton.bot.outbox.OutboxEvent.PLATFORM_BUDGET,
				json.readTree(notices().get(0)));
		assertThat(text).contains("钉钉").contains(corp).contains("8次").contains("10次").contains("80%");

		dingtalk.send(new Target.Users(corp, List.of("zhangsan")), new OutboundMessage.Text("第9条通知"));
		dingtalk.send(new Target.Users(corp, List.of("zhangsan")), new OutboundMessage.Text("第10条通知"));
		budgets.flush();
		budgets.flush();
		assertThat(notices()).as("95%%: told once more").hasSize(2);
		assertThat(notices().get(1)).contains("\"percent\":100");
	}

	@Test
	void weComCallsAreCountedWithoutABudgetByDefault() {
		clock.set(Instant.parse("2040-04-10T02:00:00Z"));
		EmulatorApps.forgetTokens(state, emulator);
		String corp = emulator.wecom().app().corpId();
		platforms.get(Platform.WECOM, corp)
			.send(new Target.Users(corp, List.of("zhangsan")), new OutboundMessage.Text("企业微信通知"));
		budgets.flush();

		BudgetMapper.Usage usage = budgets.thisMonth()
			.stream()
			.filter(u -> u.platform() == Platform.WECOM)
			.findFirst()
			.orElseThrow();
		assertThat(usage.calls()).as("gettoken and message/send").isEqualTo(2);
		assertThat(usage.meteredCalls()).isZero();
	}

	private List<String> notices() {
		return jdbc.queryForList(
				"SELECT payload FROM outbox WHERE event = 'PLATFORM_BUDGET' AND recipient_id = ?" + " ORDER BY id",
				String.class, admin);
	}

}
