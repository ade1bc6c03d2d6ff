package dev.baton.integrations.dingtalk;

import java.util.Optional;
import java.util.Set;

import com.aliyun.dingtalkcontact_1_0.models.GetUserHeaders;
import com.aliyun.dingtalkcontact_1_0.models.GetUserResponseBody;
import com.aliyun.dingtalkoauth2_1_0.models.GetUserTokenRequest;
import com.aliyun.dingtalkoauth2_1_0.models.GetUserTokenResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teautil.models.RuntimeOptions;
import com.dingtalk.api.request.OapiUserGetbyunionidRequest;
import com.dingtalk.api.request.OapiV2UserGetuserinfoRequest;
import com.dingtalk.api.response.OapiUserGetbyunionidResponse;
import com.dingtalk.api.response.OapiV2UserGetuserinfoResponse;
import dev.baton.integrations.chat.ApiCallCounter;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.state.SharedState;

/**
 * Who signed in with DingTalk, as the app's user id in its corp, through the official
 * SDKs. The browser login (钉钉登录): the authCode the login page sent back is exchanged for
 * the user's token ({@code POST
 * /v1.0/oauth2/userAccessToken}), which reads the user's unionId
 * ({@code GET /v1.0/contact/users/me}), which the corp's user id is looked up by
 * ({@code POST /topapi/user/getbyunionid}). The workbench H5 app (免登): the JSAPI auth
 * code gives the user id at once ({@code POST /topapi/v2/user/getuserinfo}). A code that
 * is wrong, used or expired, and a person who is not a member of the corp, give no user
 * id; a failure to reach DingTalk is a {@link PlatformException}.
 */
public final class DingTalkSignIn {

	/** userAccessToken: the authCode is not (or no longer) good. */
	private static final Set<Integer> CODE_REFUSED = Set.of(400, 401, 403);

	/** getbyunionid: no member of the corp; getuserinfo: no such 免登码. */
	private static final Set<Long> NOBODY = Set.of(60121L, 40078L, 33012L, 60011L);

	private final DingTalkApp app;

	private final DingTalkOapi oapi;

	private final DingTalkOpenApi openApi;

	public DingTalkSignIn(DingTalkApp app, SharedState state, ApiCallCounter calls) {
		this.app = app;
		this.oapi = new DingTalkOapi(app, state, calls);
		this.openApi = new DingTalkOpenApi(app, oapi::token, oapi::countedOpenApi);
	}

	public DingTalkApp app() {
		return app;
	}

	/** The user id of the person the browser login's authCode stands for. */
	public Optional<String> userIdByAuthCode(String authCode) {
		if (authCode == null || authCode.isBlank()) {
			return Optional.empty();
		}
		String userToken;
		try {
			GetUserTokenRequest request = new GetUserTokenRequest().setClientId(app.appKey())
				.setClientSecret(app.appSecret())
				.setCode(authCode)
				.setGrantType("authorization_code");
			oapi.countedOpenApi("oauth2/userAccessToken");
			GetUserTokenResponseBody body = new com.aliyun.dingtalkoauth2_1_0.Client(openApi.config())
				.getUserToken(request)
				.getBody();
			userToken = body.getAccessToken();
		}
		catch (TeaException ex) {
			if (ex.getStatusCode() != null && CODE_REFUSED.contains(ex.getStatusCode())) {
				return Optional.empty();
			}
			throw DingTalkOpenApi.failure("userAccessToken", ex);
		}
		catch (Exception ex) {
			throw new PlatformException(Platform.DINGTALK, "io", "userAccessToken: " + ex.getMessage(), true, ex);
		}
		String unionId;
		try {
			GetUserHeaders headers = new GetUserHeaders();
			headers.setXAcsDingtalkAccessToken(userToken);
			oapi.countedOpenApi("contact/users/me");
			GetUserResponseBody me = new com.aliyun.dingtalkcontact_1_0.Client(openApi.config())
				.getUserWithOptions("me", headers, new RuntimeOptions())
				.getBody();
			unionId = me.getUnionId();
		}
		catch (TeaException ex) {
			throw DingTalkOpenApi.failure("contact/users/me", ex);
		}
		catch (Exception ex) {
			throw new PlatformException(Platform.DINGTALK, "io", "contact/users/me: " + ex.getMessage(), true, ex);
		}
		if (unionId == null || unionId.isBlank()) {
			return Optional.empty();
		}
		OapiUserGetbyunionidRequest request = new OapiUserGetbyunionidRequest();
		request.setUnionid(unionId);
		OapiUserGetbyunionidResponse response = oapi.execute("/topapi/user/getbyunionid", request);
		long code = DingTalkOapi.code(response);
		if (NOBODY.contains(code)) {
			return Optional.empty();
		}
		if (code != 0) {
			throw DingTalkOapi.failure("user/getbyunionid", response);
		}
		return Optional.ofNullable(response.getResult() == null ? null : response.getResult().getUserid());
	}

	/**
	 * The user id of the person the workbench page's JSAPI auth code (免登码) stands for.
	 */
	public Optional<String> userIdByFreeLoginCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		OapiV2UserGetuserinfoRequest request = new OapiV2UserGetuserinfoRequest();
		request.setCode(code);
		OapiV2UserGetuserinfoResponse response = oapi.execute("/topapi/v2/user/getuserinfo", request);
		long errcode = DingTalkOapi.code(response);
		if (NOBODY.contains(errcode)) {
			return Optional.empty();
		}
		if (errcode != 0) {
			throw DingTalkOapi.failure("user/getuserinfo", response);
		}
		return Optional.ofNullable(response.getResult() == null ? null : response.getResult().getUserid());
	}

}
