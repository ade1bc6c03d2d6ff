package dev.baton.emulator.dingtalk;

import dev.baton.emulator.http.ApiError;

/**
 * DingTalk refusals. OpenAPI (api.dingtalk.com) answers HTTP 4xx with a {@code code}; oapi answers HTTP 200 with an
 * {@code errcode}. Documented (dingtalk.md §3–5): InvalidAuthentication, invalidClientIdOrSecret,
 * Forbidden.AccessDenied.QpsLimitForAppkeyAndApi, Forbidden.AccessDenied.IpNotInWhiteList,
 * invalidParameter.userIds.overMax, invalidParameter.robotCode.auth, invalid.openConversationId, param.* card codes,
 * errcodes 40014, 41001, 42001, 90018. Marked ASSUMED where no code is documented.
 */
final class DingTalkErrors {

    static final int OAPI_INVALID_TOKEN = 40014;
    static final int OAPI_MISSING_TOKEN = 41001;
    static final int OAPI_TOKEN_EXPIRED = 42001;
    static final int OAPI_QPS = 90018;
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
