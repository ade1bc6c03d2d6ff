package dev.baton.bot.console;

import java.time.Duration;

import dev.baton.bot.delivery.BatchSender;
import dev.baton.bot.delivery.DeliveryBatcher;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.delivery.OutboxWorker;
import dev.baton.bot.handover.HandoverService;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web chat page in headless Chromium: saying something on it, waiting for what it
 * shows, and delivering the notices due as the outbox worker would.
 */
abstract class WebChatBrowserSupport extends ConsoleTestSupport {

	static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	HandoverService handovers;

	@Autowired
	OutboxExpander expander;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	BatchSender sender;

	void say(String text) {
		browser.find("#text").sendKeys(text, Keys.ENTER);
	}

	<T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
		return new WebDriverWait(browser.driver(), WAIT).until(condition);
	}

	/** Delivers every notice due, as the outbox worker would. */
	void deliver() {
		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
		for (int round = 0; round < 20 && worker.runOnce() > 0; round++) {
			// deliver everything due
		}
	}

}
