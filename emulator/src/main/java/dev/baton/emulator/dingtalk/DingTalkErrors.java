package dev.baton.emulator.dingtalk;

import dev.baton.emulator.http.ApiError;

/**
 * DingTalk refusals. OpenAPI (api.dingtalk.com) answers HTTP 4xx with a {@code code};
 * oapi answers HTTP 200 with an {@code errcode}. Documented (dingtalk.md §3–5):
 * InvalidAuthentication, invalidClientIdOrSecret,
 * Forbidden.AccessDenied.QpsLimitForAppkeyAndApi,
 * Forbidden.AccessDenied.IpNotInWhiteList, invalidParameter.userIds.overMax,
 * invalidParameter.robotCode.auth, invalid.openConversationId, param.* card codes,
 * errcodes 40014, 41001, 42001, 90018. Marked ASSUMED where no code is documented.
 */
final class DingTalkErrors {

	static final int OAPI_INVALID_TOKEN = 40014;
	static final int OAPI_MISSING_TOKEN = 41001;
	static final int OAPI_TOKEN_EXPIRED = 42001;
	static final int OAPI_QPS = 90018;

	/**
	 * All orgs' apps together over an API's rate (throttling doc: "旧版服务端api返回错误码90002").
	 */
	static final int OAPI_GLOBAL_QPS = 90002;

	/** The org's monthly call quota used up (throttling doc: "旧版服务端api返回错误码90020"). */
	static final int OAPI_MONTHLY = 90020;

	/** ASSUMED: oapi "invalid parameter". */
	static final int OAPI_INVALID_PARAMETER = 40035;

	/** ASSUMED: oapi gettoken with a wrong appkey or appsecret. */
	static final int OAPI_INVALID_CREDENTIALS = 40089;

	/** DingTalk oapi's IP allow-list refusal. */
	static final int OAPI_IP_NOT_ALLOWED = 60020;

	private DingTalkErrors() {
	}

	static ApiError invalidToken() {
		return ApiError.openApi(400, "InvalidAuthentication", "不合法的access_token");
	}

	/** ASSUMED spelling of the missing-header refusal. */
	static ApiError missingToken() {
		return ApiError.openApi(400, "MissingxAcsDingtalkAccessToken",
				"x-acs-dingtalk-access-token is mandatory for this action.");
	}

	static ApiError badClient() {
		return ApiError.openApi(400, "invalidClientIdOrSecret", "无效的clientId或者clientSecret");
	}

	static ApiError throttled() {
		return ApiError.openApi(403, "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi",
				"The request has failed due to api qps limit for appkey and api.");
	}

	/**
	 * The API's rate across all orgs (throttling doc, 新版
	 * Forbidden.AccessDenied.QpsLimitForApi).
	 */
	static ApiError globalThrottled() {
		return ApiError.openApi(403, "Forbidden.AccessDenied.QpsLimitForApi",
				"The request has failed due to api qps limit for api.");
	}

	/**
	 * The org's monthly quota (throttling doc, 新版
	 * Forbidden.AccessDenied.ApiCountLimitForOrg).
	 */
	static ApiError monthlyExhausted() {
		return ApiError.openApi(403, "Forbidden.AccessDenied.ApiCountLimitForOrg",
				"The request has failed due to api count limit for org.");
	}

	static ApiError oapiGlobalThrottled() {
		return ApiError.errcode(OAPI_GLOBAL_QPS, "当前所有钉钉应用调用该接口次数过多，请求被暂时限制了");
	}

	/**
	 * The wording DingTalk's help center quotes for 90020 (dingtalk.com qidian
	 * help-detail-1061621972).
	 */
	static ApiError oapiMonthlyExhausted() {
		return ApiError.errcode(OAPI_MONTHLY, "您的企业本月api调用量已超过限制，请登录开发者后台-资源管理-查看用量明细");
	}

	/**
	 * OpenAPI (api.dingtalk.com) answers at the call gate; DingTalk has no concurrency
	 * code, the QPS one stands.
	 */
	static final dev.baton.emulator.http.Refusals OPEN_API = new dev.baton.emulator.http.Refusals(
			DingTalkErrors::throttled, DingTalkErrors::throttled, DingTalkErrors::globalThrottled,
			DingTalkErrors::throttled, DingTalkErrors::monthlyExhausted);

	/** oapi answers at the call gate. */
	static final dev.baton.emulator.http.Refusals OAPI = new dev.baton.emulator.http.Refusals(
			DingTalkErrors::oapiThrottled, DingTalkErrors::oapiThrottled, DingTalkErrors::oapiGlobalThrottled,
			DingTalkErrors::oapiThrottled, DingTalkErrors::oapiMonthlyExhausted);

	static ApiError ipRefused() {
		return ApiError.openApi(403, "Forbidden.AccessDenied.IpNotInWhiteList", "ip not in white list");
	}

	static ApiError param(String code, String message) {
		return ApiError.openApi(400, code, message);
	}

	static ApiError oapi(int errcode, String errmsg) {
		return ApiError.errcode(errcode, errmsg);
	}

	static ApiError oapiThrottled() {
		return ApiError.errcode(OAPI_QPS, "应用调用该接口的并发量超过限制");
	}

	static ApiError oapiInvalid(String what) {
		return ApiError.errcode(OAPI_INVALID_PARAMETER, "不合法的参数: " + what);
	}

}
