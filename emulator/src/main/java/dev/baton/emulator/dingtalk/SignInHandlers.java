package dev.baton.emulator.dingtalk;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.account.SignInCodes;
import dev.baton.emulator.http.ApiError;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DingTalk's sign-in endpoints: the browser login page ({@code GET /oauth2/auth} on
 * login.dingtalk.com), the user token for its authCode
 * ({@code POST /v1.0/oauth2/userAccessToken}), the token user's profile
 * ({@code GET /v1.0/contact/users/me}), the user id for a unionId
 * ({@code POST /topapi/user/getbyunionid}) and the workbench's 免登码
 * ({@code POST /topapi/v2/user/getuserinfo}).
 */
final class SignInHandlers {

	/** getbyunionid: no member of the corp has this unionId. */
	static final int NO_SUCH_USER = 60121;

	/** getuserinfo: the 免登码 is unknown, used or expired. */
	static final int NO_SUCH_CODE = 40078;

	private SignInHandlers() {
	}

	/**
	 * The login page: for a person signed in to DingTalk (they scanned, or DingTalk knows
	 * them), straight back to {@code redirect_uri} with {@code authCode} and
	 * {@code state}; otherwise the page that asks them to scan.
	 */
	static ApiHandler authorize(DingTalkPlatform platform) {
		return request -> {
			String clientId = request.query("client_id");
			String redirect = request.query("redirect_uri");
			DingTalkApp app = platform.app(clientId == null ? "" : clientId)
				.orElseThrow(() -> ApiError.openApi(400, "invalidClientId", "应用不存在或client_id错误"));
			if (!"code".equals(request.query("response_type"))) {
				throw ApiError.openApi(400, "invalidResponseType", "response_type 只能是 code");
			}
			String scope = request.query("scope");
			if (scope == null || !scope.contains("openid")) {
				throw ApiError.openApi(400, "invalidScope", "scope 需包含 openid");
			}
			if (redirect == null || !(redirect.startsWith("http://") || redirect.startsWith("https://"))) {
				throw ApiError.openApi(400, "invalidRedirectUri", "redirect_uri 不合法");
			}
			request.app(app.id());
			request.corp(app.corpId());
			SignInCodes codes = platform.signIn().browserCodes();
			String userId = codes.signedIn().orElse(null);
			if (userId == null || platform.directory().user(userId).isEmpty()) {
				return ApiResponse.page(200, "钉钉登录", "请使用钉钉扫描二维码登录");
			}
			String code = codes.issue(app.id(), userId);
			String state = request.query("state");
			return ApiResponse
				.redirect(redirect + (URI.create(redirect).getRawQuery() == null ? "?" : "&") + "authCode=" + code
						+ (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)));
		};
	}

	/**
	 * The user access token for an authCode of this app (grantType authorization_code).
	 */
	static ApiHandler userAccessToken(DingTalkAuth auth) {
		return request -> {
			JsonNode body = request.json();
			DingTalkPlatform platform = auth.platform();
			DingTalkApp app = platform.app(Json.text(body, "clientId"), Json.text(body, "clientSecret"))
				.orElseThrow(DingTalkErrors::badClient);
			request.app(app.id());
			request.corp(app.corpId());
			if (!"authorization_code".equals(Json.text(body, "grantType"))) {
				throw ApiError.openApi(400, "invalidParameter.grantType", "grantType 不合法");
			}
			SignInCodes.Grant grant = platform.signIn()
				.browserCodes()
				.take(app.id(), Json.text(body, "code"))
				.orElseThrow(() -> ApiError.openApi(400, "invalidParameter.authCode", "不合法的临时授权码"));
			auth.gate().admit(request, null, DingTalkErrors.OPEN_API);
			ObjectNode answer = Json.object();
			answer.put("accessToken", platform.signIn().issueUserToken(app.id(), grant.userId()));
			answer.put("refreshToken", platform.signIn().issueUserToken(app.id(), grant.userId()));
			answer.put("expireIn", DingTalkSignIn.USER_TOKEN_LIFETIME.toSeconds());
			answer.put("corpId", app.corpId());
			return ApiResponse.json(answer);
		};
	}

	/** The profile of the user whose token this is ({@code me}). */
	static ApiHandler usersMe(DingTalkPlatform platform) {
		return request -> {
			String token = request.header(DingTalkAuth.TOKEN_HEADER).orElse(null);
			if (token == null) {
				throw DingTalkErrors.missingToken();
			}
			DingTalkSignIn.UserToken user = platform.signIn()
				.userToken(token)
				.orElseThrow(DingTalkErrors::invalidToken);
			request.app(user.appId());
			Directory.Member member = platform.directory()
				.member(user.userId())
				.orElse(new Directory.Member(user.userId(), user.userId(), null, null, java.util.List.of(), true));
			ObjectNode answer = Json.object();
			answer.put("nick", member.name());
			answer.put("avatarUrl", "");
			if (member.mobile() != null) {
				answer.put("mobile", member.mobile());
				answer.put("stateCode", "86");
			}
			answer.put("openId", "open" + platform.signIn().unionIdOf(user.userId()).substring(5));
			answer.put("unionId", platform.signIn().unionIdOf(user.userId()));
			return ApiResponse.json(answer);
		};
	}

	/** The corp's user id for a unionId. */
	static ApiHandler userIdByUnionId(DingTalkAuth auth) {
		return request -> {
			DingTalkApp app = auth.oapi(request);
			auth.admitOapi(request);
			String unionId = Json.text(request.json(), "unionid");
			if (unionId == null || unionId.isBlank()) {
				throw DingTalkErrors.oapi(DingTalkErrors.OAPI_INVALID_PARAMETER, "缺少参数 unionid");
			}
			String userId = auth.platform()
				.signIn()
				.userIdOfUnionId(unionId)
				.filter(u -> auth.platform().directory().user(u).isPresent())
				.orElseThrow(() -> DingTalkErrors.oapi(NO_SUCH_USER, "找不到该用户"));
			ObjectNode answer = ApiResponse.ok();
			ObjectNode result = answer.putObject("result");
			result.put("contact_type", 0);
			result.put("userid", userId);
			answer.put("request_id", Long.toString(request.callSeq(), 36));
			request.corp(app.corpId());
			return ApiResponse.json(answer);
		};
	}

	/** The user behind a 免登码 of this app. */
	static ApiHandler userInfoByCode(DingTalkAuth auth) {
		return request -> {
			DingTalkApp app = auth.oapi(request);
			auth.admitOapi(request);
			String code = Json.text(request.json(), "code");
			SignInCodes.Grant grant = auth.platform()
				.signIn()
				.freeLoginCodes()
				.take(app.id(), code)
				.filter(g -> auth.platform().directory().user(g.userId()).isPresent())
				.orElseThrow(() -> DingTalkErrors.oapi(NO_SUCH_CODE, "不存在的临时授权码"));
			Directory.Member member = auth.platform().directory().member(grant.userId()).orElse(null);
			ObjectNode answer = ApiResponse.ok();
			ObjectNode result = answer.putObject("result");
			result.put("userid", grant.userId());
			result.put("unionid", auth.platform().signIn().unionIdOf(grant.userId()));
			result.put("name", member == null ? grant.userId() : member.name());
			result.put("device_id", "emulated-device");
			result.put("sys", false);
			result.put("sys_level", 0);
			result.put("associated_unionid", "");
			answer.put("request_id", Long.toString(request.callSeq(), 36));
			return ApiResponse.json(answer);
		};
	}

}
