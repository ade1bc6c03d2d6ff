package dev.baton.bot.console;

import java.time.Duration;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.delivery.BatchSender;
import dev.baton.bot.delivery.DeliveryBatcher;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.delivery.OutboxWorker;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.record.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 发起交接 from the console in headless Chromium (#17): the organizer goes from the home page
 * to the form, chooses the unit, the two officials and the reason, reads on the
 * confirmation page what chat's confirmation card says (the policy, the checklist and
 * receipt deadlines, who is told), confirms, lands on the new handover's record, finds it
 * on the dashboard; the departing official receives the 离任交接通知书 asking for 签收 on WeCom,
 * through the official SDK and the platform emulator over real HTTP. Screenshots in
 * bot/target/console-screenshots.
 */
@DomainContext
class OpenFromConsoleBrowserTest extends ConsoleTestSupport {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	OutboxExpander expander;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	BatchSender sender;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void anOrganizerOpensAHandoverFromTheConsoleAndTheDepartingOfficialIsNotified() {
		String wecomCorp = emulator.wecom().app().corpId();
		String departingUser = "open-" + org.departing;
		directory.bindIdentity("WECOM", wecomCorp, departingUser, org.departing);
		emulator.wecom().directory().addUsers(List.of(departingUser)); // WeCom knows the
																		// member

		browser.signIn(account(org.organizer), PASSWORD);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(d -> !browser.path().equals("/console/signin"));
		browser.click("#next-open");
		assertThat(browser.path()).isEqualTo("/console/handovers/new");
		assertThat(browser.text("h1")).isEqualTo("发起交接");
		new Select(browser.find("#open-unit")).selectByValue(Long.toString(org.department.id()));
		new Select(browser.find("#open-departing")).selectByValue(Long.toString(org.departing));
		new Select(browser.find("#open-successor")).selectByValue(Long.toString(org.successor));
		new Select(browser.find("#open-reason")).selectByValue("TRANSFER");
		browser.screenshot("open-1-form");
		browser.click("#open-next");

		assertThat(browser.text("h1")).isEqualTo("请确认发起交接");
		String preview = browser.text("#preview");
		assertThat(preview).contains(org.department.name())
			.contains("陈离任（职务：市统计局局长）")
			.contains("郑接任（职务：市统计局局长（拟任））")
			.contains("工作调动")
			.contains("默认离任交接制度")
			.contains("清单期限")
			.contains("签收期限")
			.contains("李组审")
			.contains("赵纪检")
			.contains("钱财政")
			.contains("孙审计");
		assertThat(count("SELECT COUNT(*) FROM handover WHERE unit_id = ?", org.department.id()))
			.as("nothing opened before 确认")
			.isZero();
		browser.screenshot("open-2-confirm");
		browser.click("#open-confirm");

		assertThat(browser.path()).startsWith("/console/handovers/");
		long id = Long.parseLong(browser.path().substring("/console/handovers/".length()));
		assertThat(browser.text("#done")).startsWith("已发起交接" + id + "：" + org.department.name() + " 陈离任 → 郑接任");
		assertThat(browser.text("#state")).isEqualTo("待签收通知书");
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action = 'HANDOVER_OPENED'", id))
			.isEqualTo(1);
		browser.screenshot("open-3-record");

		browser.click("#nav-dashboard");
		assertThat(browser.has("#handover-" + id)).isTrue();
		assertThat(browser.text("#handover-" + id)).contains("陈离任").contains("签收交接通知书");
		browser.screenshot("open-4-dashboard");

		// the notice goes out as any opening's does: through the outbox, the WeCom SDK
		// and the emulator
		EmulatorApps.forgetTokens(state, emulator);
		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
		for (int round = 0; round < 20 && worker.runOnce() > 0; round++) {
			// deliver everything due
		}
		List<Delivery> received = emulator.record()
			.deliveries(d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered() && d.recipient().equals(departingUser));
		// on WeCom the notice's whole text, then its 签收 card (newcomer 10)
		assertThat(received).as(emulator.record().deliveries().toString()).hasSize(2);
		assertThat(received.get(0).content()).contains("【离任交接通知书】" + org.department.name())
			.contains("陈离任同志的离任交接已启动，接任者为郑接任同志")
			.contains("回复“签收”");
		assertThat(received.get(1).msgType()).isEqualTo("template_card");
		assertThat(received.get(1).content()).contains("\"text\":\"签收\"");
	}

	@Autowired
	dev.baton.integrations.state.SharedState state;

}
