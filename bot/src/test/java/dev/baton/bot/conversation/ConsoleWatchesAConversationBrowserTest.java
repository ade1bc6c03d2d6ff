package dev.baton.bot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.console.ConsoleTestSupport;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.EmulatorConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organizer watches a handover move on its console page while the departing official
 * talks to Baton on DingTalk through the emulator (#17): every message a signed callback
 * over real HTTP, the page reloaded after each step.
 */
@DomainContext
@Import(EmulatorChat.Config.class)
@TestPropertySource(properties = "baton.delivery.worker=false")
class ConsoleWatchesAConversationBrowserTest extends ConsoleTestSupport {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "emulator-close"));
	}

	@Autowired
	HandoverService handovers;

	@Autowired
	Checklists checklists;

	private EmulatorChat chat;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
	}

	@BeforeEach
	void realTime() {
		// the emulator signs with the real time; Baton's window check must agree
		clock.set(Instant.ofEpochMilli(emulator.clock().millis()));
		chat = new EmulatorChat(emulator, false, port)
			.movingBatonWith(() -> clock.set(clock.instant().plusSeconds(60)));
	}

	@Test
	void theRecordPageFollowsTheConversation() {
		String departing = "u" + org.departing;
		directory.bindIdentity(chat.platform(), chat.corp(), departing, org.departing);
		chat.addUsers(List.of(departing));
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		browser.signIn(account(org.organizer), PASSWORD);
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
			.until(d -> !browser.path().equals("/console/signin"));
		browser.go("/console/handovers/" + id);
		assertThat(browser.text("#state")).isEqualTo("待签收通知书");
		assertThat(browser.text("#open-steps")).contains("签收交接通知书").contains("陈离任");
		browser.screenshot("conversation-1-notified");

		assertThat(String.join("\n", chat.say(departing, "签收"))).contains("已签收");
		browser.go("/console/handovers/" + id);
		assertThat(browser.text("#state")).isEqualTo("填写清单中");
		assertThat(browser.text("#open-steps")).doesNotContain("签收交接通知书").contains("填报交接清单");
		browser.screenshot("conversation-2-drafting");

		List<Section> sections = checklists.sections(id);
		for (Section s : sections) {
			if (s.position() == 1) {
				assertThat(chat.say(departing, "统计大数据平台二期 推进中 2027-03-31")).singleElement()
					.asString()
					.contains("已记录为第1项");
				browser.go("/console/handovers/" + id);
				assertThat(browser.text("#item-1")).contains("统计大数据平台二期").contains("推进中");
				browser.screenshot("conversation-3-first-item");
				chat.say(departing, "下一个");
			}
			else {
				assertThat(chat.say(departing, "本部分无")).singleElement().asString().contains("无事项");
			}
		}
		assertThat(chat.say(departing, "提交")).singleElement().asString().contains("已提交");
		browser.go("/console/handovers/" + id);
		assertThat(browser.text("#state")).isEqualTo("联合审核中");
		List<String> reviews = new ArrayList<>();
		browser.driver()
			.findElements(By.cssSelector("#open-steps tr[data-kind=REVIEW]"))
			.forEach(r -> reviews.add(r.getText()));
		assertThat(reviews).hasSize(4);
		assertThat(String.join("\n", reviews)).contains("李组审").contains("赵纪检").contains("钱财政").contains("孙审计");
		assertThat(browser.text("#history")).contains("签收通知书").contains("添加事项").contains("进入下一阶段");
		browser.screenshot("conversation-4-in-review");
	}

}
