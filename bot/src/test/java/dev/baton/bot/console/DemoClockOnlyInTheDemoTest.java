package dev.baton.bot.console;

import dev.baton.bot.DomainContext;
import dev.baton.bot.system.DemoClock;
import dev.baton.bot.system.TimeSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside demo mode the demo's clock does not exist: no link, the page is a 404, Baton's
 * time is the clock's, and nothing can move it.
 */
@DomainContext
class DemoClockOnlyInTheDemoTest extends ConsoleTestSupport {

	@Autowired
	DemoClock demoClock;

	@Autowired
	TimeSource time;

	@Test
	void noLinkNoPageAndNoMoveOutsideTheDemo() {
		browser.signIn(account(org.organizer), PASSWORD);
		assertThat(browser.has("#nav-policies")).as("the organizer's navigation").isTrue();
		assertThat(browser.has("#nav-demo-clock")).isFalse();
		browser.go("/console/demo/clock");
		assertThat(browser.driver().getPageSource()).contains("/console/demo/clock 只在演示中有");

		assertThat(demoClock.on()).isFalse();
		assertThatThrownBy(() -> demoClock.moveForward(org.organizer, Duration.ofDays(1)))
			.hasMessageContaining("demo mode");
		assertThat(time.now()).isEqualTo(clock.instant());
	}

}
