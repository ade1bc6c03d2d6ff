package dev.baton.bot.console;

import java.time.Duration;

import dev.baton.bot.DomainContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console session left idle longer than {@code baton.console.idle-timeout} (30 minutes
 * unless set) ends, by Baton's clock: the next page asks to sign in again and says why;
 * each page seen resets the idle time.
 */
@DomainContext
class IdleExpiryBrowserTest extends ConsoleTestSupport {

	@Test
	void anIdleSessionEndsAndTheSignInPageSaysWhy() {
		String username = account(org.organizer);
		browser.signIn(username, PASSWORD);
		assertThat(browser.path()).isEqualTo("/console");
		clock.advance(Duration.ofMinutes(29));
		browser.go("/console");
		assertThat(browser.path()).as("active within the idle time").isEqualTo("/console");
		clock.advance(Duration.ofMinutes(29));
		browser.go("/console");
		assertThat(browser.path()).as("the idle time counts from the last page seen").isEqualTo("/console");
		String session = browser.cookie("JSESSIONID");

		clock.advance(Duration.ofMinutes(31));
		browser.go("/console");
		assertThat(browser.path()).isEqualTo("/console/signin");
		assertThat(browser.text("#expired")).isEqualTo("您较长时间没有操作，登录已失效，请重新登录。");
		browser.screenshot("idle-expired");
		assertThat(new ConsoleHttp(port).session(session).get("/console").statusCode())
			.as("the old session opens nothing")
			.isEqualTo(302);
		browser.signIn(username, PASSWORD);
		assertThat(browser.path()).isEqualTo("/console");
	}

}
