package dev.baton.bot.console;

import dev.baton.bot.DomainContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 17 (finding 6 and 7), in headless Chromium: 王明 clicked 「遇休息日不发送」 on a new
 * weekly broadcast, and the broadcast was saved without it, because the new form came
 * with the box already ticked and his click took the tick away. A new broadcast's box
 * starts unticked, so clicking it ticks it; what the browser posts keeps it (the edit
 * page shows it ticked, the list says 遇休息日不发送); after the success the form is blank
 * again.
 */
@DomainContext
class BroadcastRestDayBoxInBrowserTest extends ConsoleTestSupport {

	@Test
	void aTickedRestDayBoxIsKeptAndASuccessShowsABlankForm() {
		browser.signIn(account(org.organizer), PASSWORD);
		browser.go("/console/broadcasts");
		assertThat(browser.find("#b-working").isSelected()).as("a new broadcast's box starts unticked").isFalse();
		browser.type("b-name", "每周一督办汇总");
		new Select(browser.find("#b-repeat")).selectByValue("WEEKLY");
		new Select(browser.find("#b-weekday")).selectByValue("MONDAY");
		browser.driver().executeScript("arguments[0].value='09:00'", browser.find("#b-time"));
		browser.find("#b-working").click(); // as 王明 did
		assertThat(browser.find("#b-working").isSelected()).isTrue();
		browser.click("#save-broadcast");

		assertThat(browser.path()).isEqualTo("/console/broadcasts");
		assertThat(browser.text("body")).contains("已新建定时通报“每周一督办汇总”");
		long id = count("SELECT id FROM broadcast WHERE name = '每周一督办汇总'");
		assertThat(jdbc.queryForObject("SELECT working_days_only FROM broadcast WHERE id = ?", Boolean.class, id))
			.isTrue();
		assertThat(browser.text("#broadcast-" + id)).contains("每周一 09:00（遇休息日不发送）");
		// a success shows a blank form (only a refusal keeps what was typed)
		assertThat(browser.find("#b-name").getAttribute("value")).isEmpty();
		assertThat(browser.find("#b-working").isSelected()).isFalse();
		browser.screenshot("broadcast-rest-day-box-created");

		browser.click("#edit-" + id);
		assertThat(browser.path()).isEqualTo("/console/broadcasts/" + id);
		assertThat(browser.find("#b-working").isSelected()).as("the edit page shows the box ticked").isTrue();
		browser.click("#save-broadcast");
		assertThat(jdbc.queryForObject("SELECT working_days_only FROM broadcast WHERE id = ?", Boolean.class, id))
			.as("saved again as the edit page posts it")
			.isTrue();
	}

}
