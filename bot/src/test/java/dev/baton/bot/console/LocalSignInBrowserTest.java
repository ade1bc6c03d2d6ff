package dev.baton.bot.console;

import dev.baton.bot.DomainContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the console with a local account, in headless Chromium, and what the
 * pages show after it.
 */
@DomainContext
class LocalSignInBrowserTest extends ConsoleTestSupport {

	@Test
	void anOrganizerSignsInWithTheirPasswordAndSeesTheHomePage() {
		String username = account(org.organizer);
		browser.go("/console");
		assertThat(browser.path()).as("a page behind sign-in sends the browser to the sign-in page")
			.isEqualTo("/console/signin");
		assertThat(browser.text("h1")).isEqualTo("登录管理台");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.find("label[for=username]").getText()).isEqualTo("用户名");
		assertThat(browser.find("label[for=password]").getText()).isEqualTo("密码");
		browser.screenshot("local-signin-page");

		browser.type("username", username.toUpperCase()).type("password", PASSWORD).click("#signin");

		assertThat(browser.path()).isEqualTo("/console");
		assertThat(browser.text("#welcome")).isEqualTo("王组织，您好。");
		assertThat(browser.text("#roles")).contains("组织部门 · " + org.city.name() + "及其下级单位")
			.doesNotContain(org.city.path());
		assertThat(browser.text("header .who")).isEqualTo("王组织");
		Cookie session = browser.cookieNamed("JSESSIONID");
		assertThat(session.isHttpOnly()).as("the session cookie is HttpOnly").isTrue();
		assertThat(count("SELECT COUNT(*) FROM console_account WHERE official_id = ? AND last_signed_in_at IS NOT NULL",
				org.organizer))
			.isEqualTo(1);
		browser.screenshot("local-signin-home");
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
		String username = account(org.organizer);
		browser.signIn(username, PASSWORD + "x");
		assertThat(browser.path()).isEqualTo("/console/signin");
		assertThat(browser.text("#refusal")).startsWith("用户名或密码不对");
		assertThat(browser.find("#username").getAttribute("value")).isEqualTo(username);
		assertThat(browser.find("#password").getAttribute("value")).as("the password is never sent back").isEmpty();
		browser.signIn("nobody-" + username, PASSWORD);
		assertThat(browser.text("#refusal")).startsWith("用户名或密码不对");
		browser.go("/console");
		assertThat(browser.path()).isEqualTo("/console/signin");
		browser.screenshot("local-signin-refused");
	}

	@Test
	void theLanguageSwitchShowsTheConsoleInEnglishAndStays() {
		String username = account(org.organizer);
		browser.go("/console/signin?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Sign in to the console");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		browser.type("username", username).type("password", PASSWORD).click("#signin");
		assertThat(browser.text("#welcome")).isEqualTo("Welcome, 王组织.");
		browser.click("a[hreflang=zh-CN]");
		assertThat(browser.text("#welcome")).isEqualTo("王组织，您好。");
	}

}
