package dev.baton.bot.console;

import org.springframework.context.annotation.Import;
import dev.baton.bot.BindableApps;
import java.time.Duration;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.directory.ChatIdentity;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory in the console (#17, administration I), in headless Chromium: a city's
 * administrator walks the unit tree to an official, grants a role and binds a chat
 * account (each audited as the API audits it), is refused binding an account someone else
 * holds (said in words, nothing changed), takes both back, makes a unit below the city,
 * renames it and sets its type; an organizer of another city is refused the city's pages.
 * Screenshots in bot/target/console-screenshots.
 */
@DomainContext
@Import(BindableApps.class)
class DirectoryBrowserTest extends ConsoleTestSupport {

	@Test
	void anAdministratorGrantsARoleAndBindsAnAccountThenTakesThemBack() {
		String userId = "u-" + UUID.randomUUID().toString().substring(0, 8);
		signIn(account(org.admin));
		submit("#nav-directory");
		assertThat(browser.text("h1")).isEqualTo("单位与干部");
		assertThat(browser.text("#unit-" + org.city.id())).contains(org.city.name()).contains(org.department.name());
		browser.screenshot("directory-tree");

		submit("#unit-" + org.department.id() + " > a");
		assertThat(browser.text("#unit-name")).isEqualTo(org.department.name());
		browser.type("q", "陈离任");
		submit("#search");
		assertThat(browser.text("#officials")).contains("陈离任").doesNotContain("郑接任");
		submit("#official-" + org.departing + " a");
		assertThat(browser.text("#official-name")).isEqualTo("陈离任");
		assertThat(browser.text("#no-roles")).isEqualTo("没有角色。");

		// grant: a supervisor over the city
		browser.find("#grant-box summary").click();
		new Select(browser.find("#grant-role")).selectByValue("SUPERVISOR");
		new Select(browser.find("#grant-scope")).selectByValue(Long.toString(org.city.id()));
		submit("#grant");
		assertThat(browser.text("#done")).isEqualTo("角色已授予。");
		RoleAssignment granted = directory.rolesOf(org.departing).get(0);
		assertThat(granted.role()).isEqualTo(Role.SUPERVISOR);
		assertThat(granted.scopeUnitId()).isEqualTo(org.city.id());
		assertThat(browser.text("#role-" + granted.id())).contains("监督人员").contains(org.city.name() + "及其下级单位");
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'ROLE_ASSIGNED' AND actor_id = ?", org.admin))
			.isEqualTo(1);

		// a reviewer without a department: refused in words, nothing granted
		browser.find("#grant-box summary").click();
		new Select(browser.find("#grant-role")).selectByValue("REVIEWER");
		new Select(browser.find("#grant-scope")).selectByValue(Long.toString(org.city.id()));
		submit("#grant");
		assertThat(browser.text("#refusal")).contains("审核");
		assertThat(directory.rolesOf(org.departing)).hasSize(1);

		// bind a DingTalk account
		browser.find("#bind-box summary").click();
		new Select(browser.find("#bind-platform")).selectByValue("DINGTALK");
		browser.type("bind-corp", BindableApps.CORP).type("bind-user", userId);
		submit("#bind");
		assertThat(browser.text("#done")).isEqualTo("账号已绑定。");
		ChatIdentity bound = directory.identitiesOf(org.departing).get(0);
		assertThat(bound.userId()).isEqualTo(userId);
		assertThat(browser.text("#identity-" + bound.id())).contains("钉钉").contains(BindableApps.CORP).contains(userId);
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'IDENTITY_BOUND' AND actor_id = ?", org.admin))
			.isEqualTo(1);
		browser.screenshot("directory-official-granted-and-bound");

		// the same account for someone else: refused, saying whose it is not, nothing
		// changed
		browser.go("/console/directory/officials/" + org.stranger);
		browser.find("#bind-box summary").click();
		new Select(browser.find("#bind-platform")).selectByValue("DINGTALK");
		browser.type("bind-corp", BindableApps.CORP).type("bind-user", userId);
		submit("#bind");
		assertThat(browser.text("#refusal")).contains(userId).contains("已绑定到其他干部");
		assertThat(directory.identitiesOf(org.stranger)).isEmpty();
		assertThat(directory.identitiesOf(org.departing)).hasSize(1);
		browser.screenshot("directory-official-bind-refused");

		// both taken back
		browser.go("/console/directory/officials/" + org.departing);
		submit("#revoke-" + granted.id());
		assertThat(browser.text("#done")).isEqualTo("角色已收回。");
		submit("#unbind-" + bound.id());
		assertThat(browser.text("#done")).isEqualTo("账号已解除绑定。");
		assertThat(directory.rolesOf(org.departing)).isEmpty();
		assertThat(directory.identitiesOf(org.departing)).isEmpty();

		// the official's own details
		browser.type("edit-post", "市统计局局长（已离任）");
		submit("#save-official");
		assertThat(browser.text("#done")).isEqualTo("干部信息已保存。");
		assertThat(directory.official(org.departing).post()).isEqualTo("市统计局局长（已离任）");
	}

	@Test
	void anAdministratorMakesRenamesAndTypesAUnitAndAnotherCitysOrganizerIsRefused() {
		String code = "console-" + UUID.randomUUID().toString().substring(0, 8);
		signIn(account(org.admin));
		browser.go("/console/directory/units/" + org.city.id());
		browser.type("new-name", "城关镇").type("new-code", code);
		new Select(browser.find("#new-type")).selectByValue("TOWNSHIP");
		submit("#create-unit");
		assertThat(browser.text("#done")).isEqualTo("已新建单位“城关镇”。");
		assertThat(browser.text("#unit-name")).isEqualTo("城关镇");
		assertThat(browser.text("#unit-facts")).contains("类型：乡镇 ").contains(code).doesNotContain("TOWNSHIP");
		long id = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, code);

		browser.type("rename", "城关镇人民政府");
		submit("#rename-unit");
		assertThat(browser.text("#unit-name")).isEqualTo("城关镇人民政府");
		new Select(browser.find("#retype")).selectByValue("VILLAGE");
		submit("#retype-unit");
		assertThat(browser.text("#unit-facts")).contains("类型：村社区 ").doesNotContain("VILLAGE");
		assertThat(jdbc.queryForObject("SELECT unit_type FROM org_unit WHERE id = ?", String.class, id))
			.isEqualTo("VILLAGE");
		browser.screenshot("directory-unit-made");

		// an official added to the new unit, then one with a mobile that is no mobile:
		// refused, what was typed kept
		browser.find("#add-official-box summary").click();
		String mobile = "139" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
		browser.type("add-name", "马新任").type("add-post", "镇长").type("add-mobile", mobile);
		submit("#add-official");
		assertThat(browser.text("#done")).isEqualTo("已添加干部马新任。");
		assertThat(browser.text("#official-name")).isEqualTo("马新任");
		assertThat(directory.officialsByMobile(mobile)).extracting(o -> o.unitId()).contains(id);
		browser.go("/console/directory/units/" + id);
		browser.find("#add-official-box summary").click();
		browser.type("add-name", "牛错号").type("add-post", "副镇长").type("add-mobile", "12345");
		submit("#add-official");
		assertThat(browser.find("#refusal").getText()).contains("手机号");
		assertThat(browser.find("#add-name").getAttribute("value")).isEqualTo("牛错号");
		assertThat(count("SELECT COUNT(*) FROM official WHERE name = '牛错号' AND unit_id = ?", id)).isZero();

		// the same code again: refused in words, what was typed kept, no second unit
		browser.go("/console/directory/units/" + org.city.id());
		browser.type("new-name", "另一个镇").type("new-code", code);
		submit("#create-unit");
		assertThat(browser.find("#refusal").getText()).isNotBlank();
		assertThat(browser.find("#new-name").getAttribute("value")).isEqualTo("另一个镇");
		assertThat(count("SELECT COUNT(*) FROM org_unit WHERE code = ?", code)).isEqualTo(1);
		browser.screenshot("directory-unit-refused");

		// another city's organizer: the city's unit and its officials are not theirs to
		// see
		browser.close();
		browser = ConsoleBrowser.open(port);
		signIn(account(org.outsideOrganizer));
		browser.go("/console/directory/units/" + org.city.id());
		assertThat(browser.text("main")).doesNotContain(org.department.name()).doesNotContain("陈离任");
		browser.go("/console/directory/officials/" + org.departing);
		assertThat(browser.text("main")).doesNotContain("陈离任");
		browser.go("/console/directory");
		assertThat(browser.text("main")).doesNotContain(org.city.name());
		browser.screenshot("directory-other-city-refused");
	}

	private void signIn(String user) {
		browser.go("/console/signin");
		browser.type("username", user).type("password", PASSWORD);
		submit("#signin");
	}

	private void submit(String css) {
		browser.click(css);
		WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.foot")));
		wait.until(d -> "complete".equals(browser.driver().executeScript("return document.readyState")));
	}

}
