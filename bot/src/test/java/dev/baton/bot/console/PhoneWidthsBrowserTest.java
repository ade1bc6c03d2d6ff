package dev.baton.bot.console;

import java.time.Instant;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.handover.DeadlineExtensions;
import dev.baton.bot.webchat.WebChat;
import dev.baton.integrations.chat.Platform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 15, finding 15, in headless Chromium at a 390 px phone: the dashboard's
 * per-unit table and the record's notice and audit tables read as one block per row (no
 * element wider than the screen, nothing scrolling sideways inside its box); the web
 * chat's people list folds once a conversation is chosen, and the chat input is on the
 * screen without scrolling. At a desk the list stays open beside the chat. Screenshots in
 * bot/target/console-screenshots.
 */
@DomainContext
@Import(StagedHandovers.class)
@TestPropertySource(properties = "baton.webchat.enabled=true")
class PhoneWidthsBrowserTest extends ConsoleTestSupport {

	/**
	 * Every shown element wider than the viewport or outside it, and every box that
	 * scrolls sideways (skip links and screen-reader-only text aside).
	 */
	private static final String TOO_WIDE = """
			const vw = document.documentElement.clientWidth;
			const out = [];
			const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
			for (const e of document.body.querySelectorAll('*')) {
			  if (e.closest('.skip, .sr-only, thead, caption')) continue;
			  const st = getComputedStyle(e);
			  const r = e.getBoundingClientRect();
			  if (r.width <= 1 || st.display === 'none' || st.visibility === 'hidden') continue;
			  if (r.right > vw + 1 || r.left < -1) out.push(name(e) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right));
			  if ((st.overflowX === 'auto' || st.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1) {
			    out.push(name(e) + ' scrolls sideways ' + e.scrollWidth + ' > ' + e.clientWidth);
			  }
			}
			if (document.documentElement.scrollWidth > vw) out.push('the page scrolls sideways');
			return out;
			""";

	@Autowired
	StagedHandovers staged;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	DeadlineExtensions extensions;

	@Test
	void theDashboardAndTheRecordFitAPhone() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(Instant.parse("2026-12-08T02:00:00Z"));
		sweep.sweepDue(); // overdue: 督办, 久拖不交, notices
		extensions.extend(org.actor(org.organizer), id,
				new DeadlineExtensions.Request(null, java.time.LocalDate.parse("2026-12-10")), "离任干部住院");
		browser.phone();
		browser.signIn(account(org.organizer), PASSWORD);

		browser.go("/console/dashboard");
		assertThat(browser.text("#units")).contains(org.city.name()).contains(org.department.name());
		browser.screenshot("phone-dashboard");
		assertThat(tooWide()).as("the dashboard at 390 px").isEmpty();
		// the per-unit table: each value under its column's name
		WebElement total = browser.find("#units tr[data-unit='" + org.department.id() + "'] td.total");
		assertThat(before(total)).contains("合计");

		browser.go("/console/handovers/" + id);
		assertThat(browser.driver().findElements(By.cssSelector("#notice-list tbody tr"))).isNotEmpty();
		browser.screenshot("phone-record");
		assertThat(tooWide()).as("the record at 390 px").isEmpty();
		WebElement to = browser.find("#notice-list tbody tr td:nth-child(2)");
		assertThat(before(to)).contains("发送给");
		assertThat(to.getRect().getHeight()).as("a cell a few lines high, not a column one character wide")
			.isLessThan(200);

		browser.desk();
		browser.go("/console/handovers/" + id);
		assertThat(before(browser.find("#notice-list tbody tr td:nth-child(2)"))).as("a table at a desk")
			.isIn("none", "normal", "");
	}

	@Test
	void theWebChatsPeopleFoldOnAPhoneOnceSomeoneIsChosen() {
		directory.bindIdentity(Platform.WEB.name(), WebChat.CORP, Long.toString(org.departing), org.departing);
		directory.bindIdentity(Platform.WEB.name(), WebChat.CORP, Long.toString(org.successor), org.successor);
		browser.phone();
		browser.go("/chat");
		WebElement person = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("#people button[data-id='" + org.departing + "']")));
		assertThat(browser.find("#people-box").getDomProperty("open")).as("open to choose").isEqualTo("true");
		person.click();
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.until(d -> !"true".equals(d.findElement(By.id("people-box")).getDomProperty("open")));
		assertThat(browser.text("#who")).contains("陈离任");
		browser.screenshot("phone-chat");
		assertThat(onScreen("text")).as("the chat input on the screen without scrolling").isTrue();
		assertThat(onScreen("send")).isTrue();
		assertThat(tooWide()).as("the web chat at 390 px").isEmpty();
		// the summary opens the list again to choose someone else
		browser.find("#people-toggle").click();
		assertThat(browser.find("#people-box").getDomProperty("open")).isEqualTo("true");
		assertThat(browser.find("#people button[data-id='" + org.successor + "']").isDisplayed()).isTrue();

		// at a desk the list stays beside the chat
		browser.desk();
		browser.go("/chat");
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.until(d -> d.findElement(By.id("who")).getText().contains("陈离任"));
		assertThat(browser.find("#people-box").getDomProperty("open")).isEqualTo("true");
		assertThat(onScreen("text")).isTrue();
		browser.screenshot("desk-chat");
	}

	@SuppressWarnings("unchecked")
	private List<String> tooWide() {
		return (List<String>) browser.driver().executeScript(TOO_WIDE);
	}

	private String before(WebElement cell) {
		return (String) browser.driver()
			.executeScript("return getComputedStyle(arguments[0], '::before').content", cell);
	}

	private boolean onScreen(String id) {
		return (Boolean) browser.driver()
			.executeScript("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
					+ "return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.right <= document.documentElement.clientWidth;",
					id);
	}

}
