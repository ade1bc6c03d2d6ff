package dev.baton.bot.console;

import java.time.Instant;

import dev.baton.bot.DomainContext;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.webchat.WebChat;
import dev.baton.integrations.chat.Platform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 21, finding 20: the web chat showed each message's time as "10:06" alone, so
 * with the demo clock moved, messages days apart looked alike. A message of a day other
 * than Baton's today shows its date ("11-23 09:00"); one of today shows the time alone;
 * messages shown yesterday get their date once Baton's day moves on.
 */
@DomainContext
@TestPropertySource(properties = "baton.webchat.enabled=true")
class WebChatDatesBrowserTest extends WebChatBrowserSupport {

	@Test
	void aMessageOfAnotherDayShowsItsDate() {
		directory.bindIdentity(Platform.WEB.name(), WebChat.CORP, Long.toString(org.departing), org.departing);
		handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		deliver(); // at 2026-11-23 09:00 (Beijing)

		browser.go("/chat");
		until(d -> d.findElement(By.cssSelector("#people button[data-id='" + org.departing + "']"))).click();
		until(d -> d.findElement(By.id("messages")).getText().contains("【离任交接通知书】"));
		assertThat(meta(0)).as("today's message: the time alone").isEqualTo("交接棒 · 09:00");

		// two days on (the demo clock moved): the notice gets its date, a reply today has
		// the time alone
		clock.set(Instant.parse("2026-11-25T02:30:00Z"));
		say("我的交接");
		until(d -> d.findElements(By.cssSelector("#messages li.theirs")).size() >= 2
				&& meta(0).equals("交接棒 · 11-23 09:00"));
		until(d -> metas().get(metas().size() - 1).getText().equals("交接棒 · 10:30"));
		assertThat(mine()).as("the person's own message of today").isEqualTo("10:30");
		browser.screenshot("webchat-dates");
	}

	private String meta(int index) {
		return metas().get(index).getText();
	}

	private java.util.List<WebElement> metas() {
		return browser.driver().findElements(By.cssSelector("#messages li.theirs .meta"));
	}

	private String mine() {
		return until(d -> {
			String text = d.findElement(By.cssSelector("#messages li.mine .meta")).getText();
			return text.matches("\\d\\d:\\d\\d") ? text : null;
		});
	}

}
