package dev.baton.bot.console;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.integrations.state.SharedState;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform self-check as a console page (#17), against the emulator: the WeCom app
 * and its contact-sync secret work, the DingTalk app is set up with the wrong secret and
 * the page says what to fix; a unit's administrator is refused as over REST. Screenshot
 * in bot/target/console-screenshots.
 */
@DomainContext
class PlatformCheckBrowserTest extends ConsoleTestSupport {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	SharedState state;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		// the DingTalk app is set up with the wrong secret
		registry.add("baton.dingtalk.apps[0].app-secret", () -> "not-the-secret");
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void forgetTokens() {
		EmulatorApps.forgetTokens(state, emulator);
	}

	@Test
	void aRootAdministratorSeesWhichAppsWorkAndWhatToFix() {
		browser.signIn(account(org.admin), PASSWORD);
		browser.go("/console/platforms");
		assertThat(browser.text("main")).contains("只有全局系统管理员（管辖全部单位）可以检查");
		assertThat(browser.has("#checks")).isFalse();
		browser.click("#signout");

		browser.signIn(account(org.rootAdmin(directory)), PASSWORD);
		browser.click("#nav-platforms");
		assertThat(browser.text("h1")).isEqualTo("聊天平台自检");
		assertThat(browser.find("#check-0").getAttribute("data-ok")).isEqualTo("true");
		assertThat(browser.text("#check-0")).contains("正常");
		assertThat(browser.find("#check-1").getAttribute("data-ok")).isEqualTo("false");
		assertThat(browser.text("#check-1")).contains("失败").contains("AppKey or AppSecret");
		assertThat(browser.text("#check-2")).startsWith("WeCom contacts").contains("正常");
		browser.screenshot("admin-platform-check");
	}

}
