package dev.baton.integrations.dingtalk;

import java.time.Duration;
import java.util.Set;

import com.dingtalk.api.DefaultDingTalkClient;
import com.dingtalk.api.request.OapiGettokenRequest;
import com.dingtalk.api.response.OapiGettokenResponse;
import com.taobao.api.ApiException;
import com.taobao.api.TaobaoRequest;
import com.taobao.api.TaobaoResponse;
import dev.baton.integrations.chat.ApiCallCounter;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.state.SharedState;

/**
 * Calls to DingTalk's oapi (oapi.dingtalk.com, the official oapi SDK): the app's access
 * token, shared by all instances and fetched again once when DingTalk says it is invalid,
 * and DingTalk's errcodes as {@link PlatformException}s, transient (busy, throttled,
 * timeouts) or not.
 */
final class DingTalkOapi {

	static final Set<Long> TOKEN_INVALID = DingTalkErrors.TOKEN_INVALID;

	private final DingTalkApp app;

	private final SharedState state;

	private final String tokenKey;

	private final ApiCallCounter calls;

	DingTalkOapi(DingTalkApp app, SharedState state) {
		this(app, state, ApiCallCounter.NONE);
	}

	DingTalkOapi(DingTalkApp app, SharedState state, ApiCallCounter calls) {
		this.app = app;
		this.state = state;
		this.tokenKey = "dingtalk-token:" + app.appKey();
		this.calls = calls;
	}

	/**
	 * Counts a call: all but tokens and contacts reads (/topapi/v2/user/…,
	 * /topapi/v2/department/…) are metered.
	 */
	void counted(String path) {
		boolean metered = !path.startsWith("/gettoken") && !path.startsWith("/topapi/v2/user/")
				&& !path.startsWith("/topapi/v2/department/");
		calls.called(Platform.DINGTALK, app.corpId(), path, metered);
	}

	/** Counts a call of the OpenAPI family (robot, cards): metered. */
	void countedOpenApi(String what) {
		calls.called(Platform.DINGTALK, app.corpId(), what, true);
	}

	/**
	 * One call; a response with a non-zero errcode comes back as it is (the caller
	 * decides what a code means), except an invalid token, which is fetched again and the
	 * call tried once more.
	 */
	<T extends TaobaoResponse> T execute(String path, TaobaoRequest<T> request) {
		T response = executeOnce(path, request, token(false));
		if (TOKEN_INVALID.contains(code(response))) {
			response = executeOnce(path, request, token(true));
		}
		return response;
	}

	private <T extends TaobaoResponse> T executeOnce(String path, TaobaoRequest<T> request, String token) {
		counted(path);
		try {
			return client(path).execute(request, token);
		}
		catch (ApiException ex) {
			throw new PlatformException(Platform.DINGTALK, "io", String.valueOf(ex.getMessage()), true, ex);
		}
	}

	/**
	 * The errcode of a response (0 when it has none); the per-IP ban's page, which has
	 * none, is {@link DingTalkErrors#IP_BANNED_ERRCODE}.
	 */
	static long code(TaobaoResponse response) {
		String code = response.getErrorCode();
		if (code == null || code.isBlank()) {
			return DingTalkErrors.ipBanned(response.getBody()) ? DingTalkErrors.IP_BANNED_ERRCODE : 0;
		}
		try {
			return Long.parseLong(code.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** The errmsg of a response. */
	static String message(TaobaoResponse response) {
		return response.getMsg() != null ? response.getMsg() : response.getSubMsg();
	}

	/**
	 * A refusal as a {@link PlatformException}, transient or not by its errcode (88 by
	 * its sub_code), with how long the refusal lasts and plain words for what an
	 * administrator can fix.
	 */
	static PlatformException failure(String what, TaobaoResponse response) {
		long code = code(response);
		if (code == DingTalkErrors.IP_BANNED_ERRCODE) {
			return DingTalkErrors.ipBan(what);
		}
		String subCode = response.getSubCode();
		String shown = code == 88 && subCode != null && !subCode.isBlank() ? "88/" + subCode : Long.toString(code);
		String message = code == 88 && response.getSubMsg() != null ? response.getSubMsg() : message(response);
		return new PlatformException(Platform.DINGTALK, shown,
				what + ": " + explain(code == 88 ? subCode(subCode) : code, message),
				DingTalkErrors.transientOapi(code, subCode), DingTalkErrors.retryAfterOapi(code), null);
	}

	private static long subCode(String subCode) {
		try {
			return subCode == null ? 88 : Long.parseLong(subCode.strip());
		}
		catch (NumberFormatException ex) {
			return 88;
		}
	}

	String token(boolean refresh) {
		if (!refresh) {
			var cached = state.get(tokenKey);
			if (cached.isPresent()) {
				return cached.get();
			}
		}
		OapiGettokenRequest request = new OapiGettokenRequest();
		request.setAppkey(app.appKey());
		request.setAppsecret(app.appSecret());
		request.setHttpMethod("GET");
		counted("/gettoken");
		try {
			OapiGettokenResponse response = client("/gettoken").execute(request);
			if (code(response) != 0) {
				throw failure("gettoken", response);
			}
			long ttl = response.getExpiresIn() == null ? 7200 : response.getExpiresIn();
			state.put(tokenKey, response.getAccessToken(), Duration.ofSeconds(Math.max(60, ttl - 200)));
			return response.getAccessToken();
		}
		catch (ApiException ex) {
			throw new PlatformException(Platform.DINGTALK, "io", String.valueOf(ex.getMessage()), true, ex);
		}
	}

	DefaultDingTalkClient client(String path) {
		DefaultDingTalkClient client = new DefaultDingTalkClient(app.oapiBaseUrl() + path);
		client.setConnectTimeout(3000);
		client.setReadTimeout(5000);
		return client;
	}

	/** Plain words for the failures an administrator can fix. */
	static String explain(long code, String message) {
		if (code == 40089 || code == 40001) {
			return "wrong AppKey or AppSecret";
		}
		if (code == 60020 || code == 43005) {
			return "this server's IP is not in the app's IP whitelist (服务器出口IP): add it in the DingTalk developer console";
		}
		if (code == 60011 || code == 43007) {
			return "the app lacks a permission it needs (开发者后台 → 权限管理; contacts: 通讯录管理): " + message;
		}
		return message;
	}

}
