package dev.baton.bot.console;

import dev.baton.bot.DomainContext;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.webchat.WebChat;
import dev.baton.integrations.chat.Platform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 17, finding 8: the web chat switched to English still showed Baton's messages
 * in Chinese. The switch now sets the chosen person's language as their sending "English"
 * does (and back with 中文), said in one line: Baton's replies and the notices delivered
 * after it are in that language, messages already sent stay as they were; "English" or
 * "中文" typed in the chat switch the page too. Screenshots in
 * bot/target/console-screenshots.
 */
@DomainContext
@TestPropertySource(properties = "baton.webchat.enabled=true")
class WebChatInEnglishBrowserTest extends WebChatBrowserSupport {

	@Test
	void theLanguageSwitchSetsThePersonsLanguageAndLeavesWhatWasSent() {
		String user = Long.toString(org.departing);
		directory.bindIdentity(Platform.WEB.name(), WebChat.CORP, user, org.departing);
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		deliver();

		browser.go("/chat");
		until(d -> d.findElement(By.cssSelector("#people button[data-id='" + org.departing + "']"))).click();
		untilMessages("【离任交接通知书】");
		assertThat(browser.find("#lang-note").isDisplayed()).as("nothing changed: nothing said").isFalse();

		browser.find("#lang").click();
		until(d -> d.findElement(By.id("lang-note")).getText().contains("Baton now writes to 陈离任 in English"));
		assertThat(browser.text("#lang-note")).contains("messages already sent stay as they were");
		assertThat(english(user)).isTrue();
		browser.screenshot("webchat-switched-to-english");

		// what was sent stays as it was; a reply and a notice after the switch are in
		// English
		say("我的交接");
		untilMessages("running handover");
		handovers.cancel(org.actor(org.organizer), id, "人选调整");
		deliver();
		untilMessages("[Handover cancelled]");
		assertThat(messages()).contains("【离任交接通知书】");
		browser.screenshot("webchat-english-after");

		// and back with 中文
		browser.find("#lang").click();
		until(d -> d.findElement(By.id("lang-note")).getText().contains("交接棒此后用中文给陈离任回复和发通知"));
		assertThat(english(user)).isFalse();
		assertThat(messages()).contains("[Handover cancelled]");

		// "English" typed in the chat sets it too, and the page follows
		say("English");
		until(d -> d.findElement(By.id("lang")).getText().equals("中文"));
		untilMessages("replies will be in English");
		assertThat(english(user)).isTrue();
	}

	private Boolean english(String user) {
		return jdbc.queryForObject(
				"SELECT english FROM chat_identity WHERE platform = 'WEB' AND corp_id = ? AND user_id = ?",
				Boolean.class, WebChat.CORP, user);
	}

	private String messages() {
		return browser.text("#messages");
	}

	private void untilMessages(String text) {
		until(d -> d.findElement(By.id("messages")).getText().contains(text));
	}

}
