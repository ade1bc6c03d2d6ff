package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.time.Duration;

import dev.baton.bot.DomainContext;
import org.junit.jupiter.api.Test;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's session defences, in headless Chromium and over plain HTTP: lockout after
 * repeated wrong passwords, a form post without its CSRF token refused and changing
 * nothing, a new session id at sign-in, sign-out.
 */
@DomainContext
class SessionSecurityBrowserTest extends ConsoleTestSupport {

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilTheLockEnds() {
		String username = account(org.organizer);
		for (int i = 1; i <= 4; i++) {
			browser.signIn(username, "wrong-password-" + i);
			assertThat(browser.text("#refusal")).as("attempt " + i).startsWith("用户名或密码不对");
		}
		browser.signIn(username, "wrong-password-5");
		assertThat(browser.text("#refusal")).isEqualTo("密码连续输错次数过多，账号已暂时锁定，请15分钟后再试；忘记密码请联系系统管理员重设。");
		browser.screenshot("lockout");
		browser.signIn(username, PASSWORD);
		assertThat(browser.path()).as("the right password is refused while locked").isEqualTo("/console/signin");
		assertThat(browser.text("#refusal")).contains("账号已暂时锁定");
		assertThat(count("SELECT COUNT(*) FROM console_account WHERE official_id = ? AND locked_until IS NOT NULL"
				+ " AND last_signed_in_at IS NULL", org.organizer))
			.isEqualTo(1);

		clock.advance(Duration.ofMinutes(14));
		browser.signIn(username, PASSWORD);
		assertThat(browser.text("#refusal")).contains("请1分钟后再试");
		clock.advance(Duration.ofMinutes(1));
		browser.signIn(username, PASSWORD);
		assertThat(browser.path()).isEqualTo("/console");
		assertThat(count("SELECT failed_attempts FROM console_account WHERE official_id = ?", org.organizer)).isZero();
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
		String username = account(org.organizer);
		ConsoleHttp http = new ConsoleHttp(port);
		HttpResponse<String> page = http.get("/console/signin");
		assertThat(page.statusCode()).isEqualTo(200);
		String token = csrf(page);

		HttpResponse<String> forged = http.post("/console/signin", form("username", username, "password", PASSWORD));
		assertThat(forged.statusCode()).isEqualTo(403);
		HttpResponse<String> wrongToken = http.post("/console/signin",
				form("username", username, "password", PASSWORD, "_csrf", token + "x"));
		assertThat(wrongToken.statusCode()).isEqualTo(403);
		assertThat(http.get("/console").statusCode()).as("not signed in").isEqualTo(302);
		assertThat(count("SELECT COUNT(*) FROM console_account WHERE official_id = ? AND last_signed_in_at IS NULL"
				+ " AND failed_attempts = 0", org.organizer))
			.isEqualTo(1);

		HttpResponse<String> signedIn = http.post("/console/signin",
				form("username", username, "password", PASSWORD, "_csrf", token));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
		HttpResponse<String> home = http.get("/console");
		assertThat(home.statusCode()).isEqualTo(200);
		// sign-out without the token: refused, still signed in
		assertThat(http.post("/console/signout", form()).statusCode()).isEqualTo(403);
		assertThat(http.get("/console").statusCode()).isEqualTo(200);
		assertThat(http.post("/console/signout", form("_csrf", csrf(home))).statusCode()).isEqualTo(302);
		assertThat(http.get("/console").statusCode()).isEqualTo(302);
	}

	@Test
	void theSessionIdChangesAtSignInAndTheOldOneOpensNothing() {
		String username = account(org.organizer);
		browser.go("/console/signin");
		String before = browser.cookie("JSESSIONID");
		assertThat(before).as("the sign-in form's CSRF token lives in a session").isNotNull();
		browser.type("username", username).type("password", PASSWORD).click("#signin");
		assertThat(browser.path()).isEqualTo("/console");
		String after = browser.cookie("JSESSIONID");
		assertThat(after).isNotNull().isNotEqualTo(before);

		ConsoleHttp planted = new ConsoleHttp(port).session(before);
		HttpResponse<String> withOldId = planted.get("/console");
		assertThat(withOldId.statusCode()).isEqualTo(302);
		assertThat(withOldId.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).contains("/console/signin"));
		assertThat(new ConsoleHttp(port).session(after).get("/console").statusCode()).isEqualTo(200);
	}

	@Test
	void signingOutEndsTheSession() {
		String username = account(org.organizer);
		browser.signIn(username, PASSWORD);
		String session = browser.cookie("JSESSIONID");
		browser.click("#signout");
		assertThat(browser.path()).isEqualTo("/console/signin");
		assertThat(browser.text("#signed-out")).isEqualTo("您已退出管理台。");
		browser.screenshot("signed-out");
		browser.go("/console");
		assertThat(browser.path()).isEqualTo("/console/signin");
		assertThat(new ConsoleHttp(port).session(session).get("/console").statusCode()).isEqualTo(302);
	}

	@Test
	void theConsoleWorksOnAPhoneScreen() {
		String username = account(org.organizer);
		browser.phone().signIn(username, PASSWORD);
		assertThat(browser.path()).isEqualTo("/console");
		assertThat(browser.find("#signout").isDisplayed()).isTrue();
		assertThat((Long) browser.driver().executeScript("return document.documentElement.scrollWidth"))
			.as("no sideways scrolling")
			.isLessThanOrEqualTo(390L);
		browser.screenshot("home-phone");
	}

}
