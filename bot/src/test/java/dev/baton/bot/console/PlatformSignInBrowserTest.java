package dev.baton.bot.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.integrations.state.SharedState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the console with DingTalk and WeCom through the platform emulator, in
 * headless Chromium: the browser goes to the platform's sign-in page (the emulator's, at
 * the documented paths) and comes back with a code, which Baton reads through the
 * official SDKs and maps to the official the chat account is bound to.
 */
@DomainContext
class PlatformSignInBrowserTest extends ConsoleTestSupport {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	SharedState state;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		registry.add("baton.console.dingtalk-login-url", emulator::dingTalkApiBaseUrl);
		registry.add("baton.console.wecom-login-url", emulator::wecomBaseUrl);
		registry.add("baton.console.wecom-oauth-url", emulator::wecomBaseUrl);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void forgetTokens() {
		EmulatorApps.forgetTokens(state, emulator);
	}

	/** A DingTalk member of the emulator's corp, bound to the official. */
	private String dingTalkUser(long officialId) {
		String user = "dt" + UUID.randomUUID().toString().substring(0, 8);
		emulator.dingTalk().directory().addUsers(user);
		directory.bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), user, officialId);
		return user;
	}

	private String weComUser(long officialId) {
		String user = "wc" + UUID.randomUUID().toString().substring(0, 8);
		emulator.wecom().directory().addUsers(user);
		directory.bindIdentity("WECOM", emulator.wecom().app().corpId(), user, officialId);
		return user;
	}

	private long calls(Api api) {
		return emulator.record().calls().stream().filter(c -> c.api() == api).count();
	}

	@Test
	void anOrganizerSignsInWithDingTalkInTheBrowser() {
		String user = dingTalkUser(org.organizer);
		emulator.dingTalk().signIn().signInInBrowser(user);
		long exchanges = calls(Api.DINGTALK_USER_ACCESS_TOKEN);
		browser.go("/console/signin");
		browser.screenshot("platform-signin-page");
		browser.click("#signin-dingtalk");

		assertThat(browser.path()).isEqualTo("/console");
		assertThat(browser.text("#welcome")).isEqualTo("王组织，您好。");
		assertThat(calls(Api.DINGTALK_USER_ACCESS_TOKEN)).isEqualTo(exchanges + 1);
		assertThat(calls(Api.DINGTALK_CONTACT_USERS_ME)).isPositive();
		assertThat(calls(Api.DINGTALK_USER_GET_BY_UNIONID)).isPositive();
		browser.screenshot("dingtalk-signed-in");
	}

	@Test
	void aDingTalkAccountBoundToNobodyIsRefusedAndSignsNobodyIn() {
		String user = "dt" + UUID.randomUUID().toString().substring(0, 8);
		emulator.dingTalk().directory().addUsers(user);
		emulator.dingTalk().signIn().signInInBrowser(user);
		browser.go("/console/signin").click("#signin-dingtalk");
		assertThat(browser.path()).isEqualTo("/console/signin/dingtalk/back");
		assertThat(browser.text("#platform-refusal")).startsWith("您的钉钉或企业微信账号还没有绑定交接棒中的干部");
		browser.go("/console");
		assertThat(browser.path()).isEqualTo("/console/signin");
	}

	@Test
	void aCodeComingBackWithoutThisSessionsStateIsRefused() throws Exception {
		String user = dingTalkUser(org.organizer);
		emulator.dingTalk().signIn().signInInBrowser(user);
		// someone else's round trip: a code the platform really issued, brought to a
		// browser that never asked
		ConsoleHttp attacker = new ConsoleHttp(port);
		HttpResponse<String> toPlatform = attacker.get("/console/signin/dingtalk");
		assertThat(toPlatform.statusCode()).isEqualTo(302);
		String platformUrl = toPlatform.headers().firstValue("Location").orElseThrow();
		assertThat(platformUrl).startsWith(emulator.dingTalkApiBaseUrl() + "/oauth2/auth?")
			.contains("client_id=" + emulator.dingTalk().app().appKey())
			.contains("response_type=code")
			.contains("scope=openid");
		HttpResponse<String> fromPlatform = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(platformUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(fromPlatform.statusCode()).isEqualTo(302);
		String back = fromPlatform.headers().firstValue("Location").orElseThrow();
		assertThat(back).contains("/console/signin/dingtalk/back?authCode=").contains("&state=");

		ConsoleHttp victim = new ConsoleHttp(port);
		victim.get("/console/signin");
		HttpResponse<String> planted = victim.get(back.substring(back.indexOf("/console/")));
		assertThat(planted.statusCode()).isEqualTo(403);
		assertThat(victim.get("/console").statusCode()).isEqualTo(302);
		// the one who asked can use it once; a second time the state is gone
		HttpResponse<String> own = attacker.get(back.substring(back.indexOf("/console/")));
		assertThat(own.statusCode()).isEqualTo(302);
		assertThat(attacker.get("/console").statusCode()).isEqualTo(200);
	}

	@Test
	void anOrganizerSignsInFromTheDingTalkWorkbenchWithTheJsapiAuthCode() {
		String user = dingTalkUser(org.organizer);
		browser.phone().go("/console/signin/dingtalk/workbench");
		assertThat(browser.text("#workbench-note")).isEqualTo("正在用钉钉免登，请稍候……");
		// what dingtalk-workbench.js does in the client with
		// dd.runtime.permission.requestAuthCode
		String code = emulator.dingTalk().signIn().requestAuthCode(emulator.dingTalk().app().appKey(), user);
		browser.submitByScript("document.getElementById('code').value = arguments[0];"
				+ " document.getElementById('free-login').submit();", code);
		assertThat(browser.path()).isEqualTo("/console");
		assertThat(browser.text("#welcome")).isEqualTo("王组织，您好。");
		assertThat(calls(Api.DINGTALK_USER_GET_USER_INFO)).isPositive();
		browser.screenshot("dingtalk-workbench-signed-in");

		// the same 免登码 a second time (another browser): DingTalk refuses it (40078),
		// nobody is signed in
		try (ConsoleBrowser other = ConsoleBrowser.open(port)) {
			other.go("/console/signin/dingtalk/workbench");
			other.submitByScript("document.getElementById('code').value = arguments[0];"
					+ " document.getElementById('free-login').submit();", code);
			assertThat(other.text("#platform-refusal")).startsWith("钉钉或企业微信没有确认您的身份");
			other.go("/console");
			assertThat(other.path()).isEqualTo("/console/signin");
		}
	}

	@Test
	void anOrganizerSignsInWithWeComWebLogin() {
		String user = weComUser(org.supervisor);
		emulator.wecom().signIn().signIn(user);
		browser.go("/console/signin").click("#signin-wecom");
		assertThat(browser.path()).isEqualTo("/console");
		assertThat(browser.text("#welcome")).isEqualTo("周监督，您好。");
		assertThat(calls(Api.WECOM_SSO_LOGIN)).isPositive();
		assertThat(calls(Api.WECOM_AUTH_GET_USER_INFO)).isPositive();
		browser.screenshot("wecom-signed-in");
	}

	@Test
	void anOfficialOpensTheConsoleFromTheWeComWorkbenchWithoutAPassword() {
		String user = weComUser(org.organizer);
		emulator.wecom().signIn().signIn(user);
		browser.phone().go("/console/signin/wecom/workbench");
		assertThat(browser.path()).isEqualTo("/console");
		assertThat(browser.text("#welcome")).isEqualTo("王组织，您好。");
		assertThat(calls(Api.WECOM_OAUTH2_AUTHORIZE)).isPositive();
		browser.screenshot("wecom-workbench-phone");
	}

}
