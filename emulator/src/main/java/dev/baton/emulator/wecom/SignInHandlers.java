package dev.baton.emulator.wecom;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.baton.emulator.account.SignInCodes;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.http.ApiError;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * WeCom's sign-in endpoints: the web login page ({@code GET /wwlogin/sso/login} on
 * login.work.weixin.qq.com), OAuth 2 in the client ({@code GET /connect/oauth2/authorize}
 * on open.weixin.qq.com, {@code snsapi_base}), both sending the browser back with
 * {@code code} and {@code state}, and the user id for a code
 * ({@code GET /cgi-bin/auth/getuserinfo}).
 */
final class SignInHandlers {

	/** getuserinfo: the code is unknown, used, expired or another app's. */
	static final int INVALID_CODE = 40029;

	private SignInHandlers() {
	}

	/**
	 * 企业微信登录: {@code login_type=CorpApp}, the corp's {@code appid} and the app's
	 * {@code agentid}.
	 */
	static ApiHandler ssoLogin(WeComPlatform platform) {
		return request -> {
			if (!"CorpApp".equals(request.query("login_type"))) {
				throw new ApiError(400, "login_type", "login_type 参数错误");
			}
			return signInPage(platform, request, "企业微信登录", "请使用企业微信扫描二维码登录");
		};
	}

	/**
	 * 构造网页授权链接 in the WeCom client: {@code response_type=code},
	 * {@code scope=snsapi_base}.
	 */
	static ApiHandler oauthAuthorize(WeComPlatform platform) {
		return request -> {
			if (!"code".equals(request.query("response_type"))) {
				throw new ApiError(400, "response_type", "response_type 参数错误");
			}
			String scope = request.query("scope");
			if (!"snsapi_base".equals(scope) && !"snsapi_privateinfo".equals(scope)) {
				throw new ApiError(400, "scope", "scope 参数错误");
			}
			return signInPage(platform, request, "企业微信", "请在企业微信中打开此链接");
		};
	}

	private static ApiResponse signInPage(WeComPlatform platform, ApiRequest request, String title, String ask) {
		String corpId = request.query("appid");
		String agentId = request.query("agentid");
		String redirect = request.query("redirect_uri");
		WeComApp app = platform.apps()
			.stream()
			.filter(a -> a.corpId().equals(corpId)
					&& (agentId == null || Integer.toString(a.agentId()).equals(agentId)))
			.findFirst()
			.orElseThrow(() -> new ApiError(400, "appid", "appid 或 agentid 参数错误"));
		if (redirect == null || !(redirect.startsWith("http://") || redirect.startsWith("https://"))) {
			throw new ApiError(400, "redirect_uri", "redirect_uri 参数错误");
		}
		request.app(app.id());
		request.corp(app.corpId());
		SignInCodes codes = platform.signIn();
		String userId = codes.signedIn().orElse(null);
		if (userId == null || platform.directory().user(userId).isEmpty()) {
			return ApiResponse.page(200, title, ask);
		}
		String state = request.query("state");
		return ApiResponse.redirect(redirect + (URI.create(redirect).getRawQuery() == null ? "?" : "&") + "code="
				+ codes.issue(app.id(), userId)
				+ (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)));
	}

	/** 获取访问用户身份: the member's {@code userid} for a code of this app. */
	static ApiHandler getUserInfo(WeComPlatform platform, WeComAuth auth) {
		return request -> {
			WeComApp app = auth.authenticate(request);
			auth.admit(request);
			SignInCodes.Grant grant = platform.signIn()
				.take(app.id(), request.query("code"))
				.orElseThrow(() -> WeComErrors.of(INVALID_CODE, "invalid code"));
			ObjectNode answer = ApiResponse.ok();
			answer.put("userid", grant.userId());
			return ApiResponse.json(answer);
		};
	}

}
