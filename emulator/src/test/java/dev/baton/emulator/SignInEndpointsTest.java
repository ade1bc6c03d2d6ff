package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.emulator.account.SignInCodes;
import dev.baton.emulator.account.WeComApp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in endpoints as the platforms document them: the sign-in pages send the
 * browser back with a code and the state; a code works once, for five minutes, for the
 * app it was issued to (WeCom 40029, DingTalk 40078); nobody signed in gets the page that
 * asks them to scan; a unionId of nobody in the corp is 60121.
 */
class SignInEndpointsTest {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private PlatformEmulator emulator;

	@BeforeEach
	void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		emulator.wecom().directory().addUsers("zhangsan");
		emulator.dingTalk().directory().addUsers("lisi");
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private WxCpServiceImpl weCom() {
		WeComApp app = emulator.wecom().app();
		WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
		config.setCorpId(app.corpId());
		config.setCorpSecret(app.secret());
		config.setAgentId(app.agentId());
		config.setBaseApiUrl(emulator.wecomBaseUrl());
		WxCpServiceImpl service = new WxCpServiceImpl();
		service.setWxCpConfigStorage(config);
		return service;
	}

	private String weComCode(String path) throws Exception {
		WeComApp app = emulator.wecom().app();
		HttpResponse<String> page = get(emulator.wecomBaseUrl() + path + "appid=" + app.corpId() + "&agentid="
				+ app.agentId() + "&redirect_uri=" + enc("https://baton.example/back?x=1") + "&state=s%2B1");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(302);
		String location = page.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("https://baton.example/back?x=1&code=").endsWith("&state=s%2B1");
		return location.replaceAll(".*code=([^&]+).*", "$1");
	}

	@Test
	void weComCodesWorkOnceForFiveMinutes() throws Exception {
		WeComApp app = emulator.wecom().app();
		String ask = get(emulator.wecomBaseUrl() + "/wwlogin/sso/login?login_type=CorpApp&appid=" + app.corpId()
				+ "&agentid=" + app.agentId() + "&redirect_uri=" + enc("https://baton.example/back"))
			.body();
		assertThat(ask).contains("请使用企业微信扫描二维码登录");

		emulator.wecom().signIn().signIn("zhangsan");
		WxCpServiceImpl wx = weCom();
		String code = weComCode("/wwlogin/sso/login?login_type=CorpApp&");
		assertThat(wx.getOauth2Service().getAuthUserInfo(code).getUserId()).isEqualTo("zhangsan");
		assertThatThrownBy(() -> wx.getOauth2Service().getAuthUserInfo(code)).as("used")
			.isInstanceOfSatisfying(WxErrorException.class,
					e -> assertThat(e.getError().getErrorCode()).isEqualTo(40029));

		String inClient = weComCode("/connect/oauth2/authorize?response_type=code&scope=snsapi_base&");
		emulator.clock().advance(SignInCodes.LIFETIME.plus(Duration.ofSeconds(1)));
		assertThatThrownBy(() -> wx.getOauth2Service().getAuthUserInfo(inClient)).as("expired")
			.isInstanceOfSatisfying(WxErrorException.class,
					e -> assertThat(e.getError().getErrorCode()).isEqualTo(40029));
		assertThat(get(emulator.wecomBaseUrl() + "/connect/oauth2/authorize?appid=" + app.corpId()
				+ "&response_type=code&scope=snsapi_userinfo&redirect_uri=" + enc("https://baton.example/back"))
			.statusCode()).as("not a WeCom scope").isEqualTo(400);
	}

	@Test
	void dingTalkAuthCodeGivesAUserTokenOnceAndTheUnionIdTheUserId() throws Exception {
		var app = emulator.dingTalk().app();
		String base = emulator.dingTalkApiBaseUrl();
		String authorize = base + "/oauth2/auth?redirect_uri=" + enc("https://baton.example/back")
				+ "&response_type=code&client_id=" + app.appKey() + "&scope=openid&state=abc&prompt=consent";
		assertThat(get(authorize).body()).contains("请使用钉钉扫描二维码登录");
		emulator.dingTalk().signIn().signInInBrowser("lisi");
		String location = get(authorize).headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("https://baton.example/back?authCode=").endsWith("&state=abc");
		String code = location.replaceAll(".*authCode=([^&]+).*", "$1");

		String exchange = "{\"clientId\":\"" + app.appKey() + "\",\"clientSecret\":\"" + app.appSecret()
				+ "\",\"code\":\"" + code + "\",\"grantType\":\"authorization_code\"}";
		HttpResponse<String> token = post(base + "/v1.0/oauth2/userAccessToken", exchange);
		assertThat(token.statusCode()).isEqualTo(200);
		assertThat(token.body()).contains("\"expireIn\":7200").contains("\"corpId\":\"" + app.corpId() + "\"");
		assertThat(post(base + "/v1.0/oauth2/userAccessToken", exchange).statusCode()).as("used").isEqualTo(400);
		String userToken = token.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
		HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base + "/v1.0/contact/users/me"))
			.header("x-acs-dingtalk-access-token", userToken)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		String unionId = emulator.dingTalk().signIn().unionIdOf("lisi");
		assertThat(me.body()).contains("\"unionId\":\"" + unionId + "\"");

		String appToken = get(base + "/gettoken?appkey=" + app.appKey() + "&appsecret=" + app.appSecret()).body()
			.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
		assertThat(
				post(base + "/topapi/user/getbyunionid?access_token=" + appToken, "{\"unionid\":\"" + unionId + "\"}")
					.body())
			.contains("\"userid\":\"lisi\"")
			.contains("\"errcode\":0");
		assertThat(post(base + "/topapi/user/getbyunionid?access_token=" + appToken, "{\"unionid\":\"nobody\"}").body())
			.contains("\"errcode\":60121");

		String freeLogin = emulator.dingTalk().signIn().requestAuthCode(app.appKey(), "lisi");
		assertThat(
				post(base + "/topapi/v2/user/getuserinfo?access_token=" + appToken, "{\"code\":\"" + freeLogin + "\"}")
					.body())
			.contains("\"userid\":\"lisi\"")
			.contains("\"unionid\":\"" + unionId + "\"");
		assertThat(
				post(base + "/topapi/v2/user/getuserinfo?access_token=" + appToken, "{\"code\":\"" + freeLogin + "\"}")
					.body())
			.as("used")
			.contains("\"errcode\":40078");
	}

}
