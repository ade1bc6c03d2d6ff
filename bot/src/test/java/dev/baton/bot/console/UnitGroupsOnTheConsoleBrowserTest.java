package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.account.Directory.Group;
import dev.baton.integrations.state.SharedState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's chat groups from its console page (#17 administration: chat bindings; until
 * now only the API and 绑定本群 could bind one, and a WeCom group could not be had at all:
 * WeCom lets an app post only to the chats it made). The organizer makes a WeCom group
 * chat for the unit through the emulator's {@code appchat/create}, binds an existing
 * DingTalk group, is refused a bad id with the form kept, and unbinds; a reviewer of the
 * unit sees no such section and is refused the form's post.
 */
@DomainContext
class UnitGroupsOnTheConsoleBrowserTest extends ConsoleTestSupport {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	SharedState state;

	String organizerAccount;

	String departingAccount;

	String successorAccount;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void accountsOnWeCom() {
		EmulatorApps.forgetTokens(state, emulator);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		organizerAccount = "org" + tag;
		departingAccount = "dep" + tag;
		successorAccount = "suc" + tag;
		emulator.wecom().directory().addUsers(organizerAccount, departingAccount, successorAccount);
		String corp = emulator.wecom().app().corpId();
		directory.bindIdentity("WECOM", corp, organizerAccount, org.organizer);
		directory.bindIdentity("WECOM", corp, departingAccount, org.departing);
		directory.bindIdentity("WECOM", corp, successorAccount, org.successor);
	}

	@Test
	void anOrganizerMakesAWeComGroupBindsADingTalkOneAndUnbindsIt() {
		long unit = org.department.id();
		browser.signIn(account(org.organizer), PASSWORD);
		browser.go("/console/directory/units/" + unit);
		assertThat(browser.text("#groups-h")).isEqualTo("单位群");
		assertThat(browser.text("#no-groups")).isEqualTo("本单位还没有绑定群。");

		// a group of the owner alone is refused, and says why
		browser.find("#make-group-box-0 summary").click();
		assertThat(browser.find("#made-name-0").getAttribute("value")).isEqualTo(org.department.name() + "交接工作群");
		assertThat(browser.text("#make-group-box-0")).contains("企业微信只允许应用向它自己建的群发消息").contains("陈离任（市统计局局长）");
		browser.driver().findElements(By.cssSelector("#make-group-box-0 input[name=member]")).forEach(box -> {
			if (box.isSelected()) {
				box.click();
			}
		});
		browser.click("#make-group-0");
		assertThat(browser.text("#refusal")).contains("新群至少需要2人").contains("现在有账号的只有1人");
		assertThat(emulator.wecom().directory().groups()).noneMatch(g -> g.members().contains(departingAccount));

		// the form comes back open, as it was sent: the name, nobody ticked
		assertThat(browser.find("#make-group-box-0").getAttribute("open")).isNotNull();
		assertThat(browser.driver().findElements(By.cssSelector("#make-group-box-0 input[name=member]"))).hasSize(3)
			.noneMatch(box -> box.isSelected());

		// the unit's officials with WeCom accounts, all ticked: the group is made and
		// bound
		browser.type("made-name-0", "市统计局交接工作群");
		browser.driver().findElements(By.cssSelector("#make-group-box-0 input[name=member]")).forEach(box -> {
			if (!box.isSelected()) {
				box.click();
			}
		});
		browser.click("#make-group-0");
		assertThat(browser.text("#done")).isEqualTo("已建群“市统计局交接工作群”并绑定到本单位。");
		Group made = emulator.wecom()
			.directory()
			.groups()
			.stream()
			.filter(g -> g.members().contains(departingAccount))
			.findFirst()
			.orElseThrow();
		assertThat(made.name()).isEqualTo("市统计局交接工作群");
		assertThat(made.members()).containsExactlyInAnyOrder(organizerAccount, departingAccount, successorAccount);
		assertThat(browser.text("#bound-groups")).contains("市统计局交接工作群").contains("企业微信").contains(made.id());
		assertThat(jdbc.queryForList("SELECT group_id FROM unit_chat_group WHERE unit_id = ?", String.class, unit))
			.containsExactly(made.id());
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'UNIT_GROUP_MADE' AND detail LIKE ?",
						Integer.class, "%" + made.id() + "%"))
			.isEqualTo(1);

		// an existing DingTalk group: a bad id is refused with the form as typed
		String dingTalkGroup = "cid" + UUID.randomUUID().toString().substring(0, 8) + "==";
		emulator.dingTalk().directory().addGroup(new Group(dingTalkGroup, "统计局钉钉群", List.of("zhangsan", "lisi"), null));
		browser.find("#bind-group-box summary").click();
		assertThat(browser.text("#bind-group-box")).contains("在群里@它说“绑定本群”最简单").contains("只能绑定交接棒应用自己建的群");
		String dingTalkApp = "DINGTALK:" + emulator.dingTalk().app().corpId();
		new org.openqa.selenium.support.ui.Select(browser.find("#bind-app")).selectByValue(dingTalkApp);
		browser.type("bind-id", "a|b").type("bind-name", "统计局钉钉群");
		browser.click("#bind-group");
		assertThat(browser.text("#refusal")).isEqualTo("群标识须为1至128个字符，不含“|”，首尾无空格。");
		assertThat(browser.find("#bind-group-box").getAttribute("open")).isNotNull();
		assertThat(browser.find("#bind-id").getAttribute("value")).isEqualTo("a|b");
		assertThat(browser.find("#bind-name").getAttribute("value")).isEqualTo("统计局钉钉群");
		assertThat(browser.find("#bind-app").getAttribute("value")).isEqualTo(dingTalkApp);
		browser.type("bind-id", dingTalkGroup);
		browser.click("#bind-group");
		assertThat(browser.text("#done")).isEqualTo("已绑定群“统计局钉钉群”。");
		assertThat(browser.text("#bound-groups")).contains("统计局钉钉群").contains("钉钉");
		browser.screenshot("unit-groups");

		long binding = jdbc.queryForObject("SELECT id FROM unit_chat_group WHERE unit_id = ? AND group_id = ?",
				Long.class, unit, dingTalkGroup);
		browser.click("#unbind-" + binding);
		assertThat(browser.text("#done")).startsWith("已解绑");
		assertThat(browser.has("#group-" + binding)).isFalse();
		assertThat(jdbc.queryForList("SELECT group_id FROM unit_chat_group WHERE unit_id = ?", String.class, unit))
			.containsExactly(made.id());
	}

	@Test
	void aReviewerOfTheUnitSeesNoGroupsAndIsRefusedTheirForms() {
		long unit = org.department.id();
		ConsoleHttp reviewer = ConsoleHttp.signedIn(port, accounts, org.financeReviewer);
		HttpResponse<String> page = reviewer.browse("/console/directory/units/" + unit);
		if (page.statusCode() == 200) {
			assertThat(page.body()).doesNotContain("id=\"groups-h\"");
		}
		else {
			assertThat(page.statusCode()).isEqualTo(403);
		}
		HttpResponse<String> home = reviewer.get("/console");
		HttpResponse<String> posted = reviewer.post("/console/directory/units/" + unit + "/groups",
				ConsoleHttp.form("app", "DINGTALK:" + emulator.dingTalk().app().corpId(), "groupId", "cidX==", "name",
						"x", "_csrf", ConsoleHttp.csrf(home)));
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_chat_group WHERE unit_id = ?", Integer.class, unit))
			.isZero();
	}

}
