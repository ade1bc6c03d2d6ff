package dev.baton.bot.console;

import java.time.Instant;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broadcasts page as newcomer 12 saw it (#17, item 3; screen 34), in headless
 * Chromium: one form, inside the page (no second, unstyled copy below the footer), no
 * sideways scrolling at 1280 px nor on a 390 px phone, and a broadcast set up in plain
 * choices by an organizer, the unit list starting at their own scope. Screenshots in
 * bot/target/console-screenshots.
 */
@DomainContext
class BroadcastsPageFitsTheScreenBrowserTest extends ConsoleTestSupport {

	@Test
	void oneFormNoSidewaysScrollAtDeskAndPhoneWidths() {
		clock.set(Instant.parse("2026-11-26T02:00:00Z"));
		browser.signIn(account(org.organizer), PASSWORD);
		browser.click("#nav-broadcasts");
		assertThat(new Select(browser.find("#b-unit")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(Long.toString(org.city.id()));
		String name = "每周一督办汇总" + UUID.randomUUID().toString().substring(0, 4);
		browser.type("b-name", name);
		new Select(browser.find("#b-weekday")).selectByValue("MONDAY");
		browser.find("#b-working").click(); // a new broadcast's box starts unticked
											// (newcomer 17)
		browser.click("#save-broadcast");
		assertThat(browser.text("#done")).isEqualTo("已新建定时通报“" + name + "”。");
		long id = jdbc.queryForObject("SELECT id FROM broadcast WHERE name = ?", Long.class, name);
		assertThat(browser.text("#when-" + id)).isEqualTo("每周一 09:00（遇休息日不发送）");

		assertThat(browser.driver().findElements(By.cssSelector("form#broadcast-form"))).hasSize(1);
		assertThat(((Number) browser.driver().executeScript("return document.querySelectorAll('footer ~ *').length"))
			.intValue()).isZero();
		for (int width : new int[] { 1280, 390 }) {
			browser.driver().manage().window().setSize(new Dimension(width, 900));
			browser.go("/console/broadcasts");
			long scroll = ((Number) browser.driver()
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
				.longValue();
			browser.screenshot("broadcasts-" + width);
			assertThat(scroll).as("sideways scroll at %d px", width).isLessThanOrEqualTo(0);
		}
	}

}
