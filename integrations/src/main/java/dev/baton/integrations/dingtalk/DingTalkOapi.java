package dev.baton.integrations.dingtalk;

import java.time.Duration;
import java.util.Set;

import com.dingtalk.api.DefaultDingTalkClient;
import com.dingtalk.api.request.OapiGettokenRequest;
import com.dingtalk.api.response.OapiGettokenResponse;
import com.taobao.api.ApiException;
import com.taobao.api.TaobaoRequest;
import com.taobao.api.TaobaoResponse;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.state.SharedState;

/**
 * Calls to DingTalk's oapi (oapi.dingtalk.com, the official oapi SDK): the app's access token, shared by all instances
 * and fetched again once when DingTalk says it is invalid, and DingTalk's errcodes as {@link PlatformException}s,
 * transient (busy, throttled, timeouts) or not.
 */
final class DingTalkOapi {

	/** -1 busy, 15 timeout, 88 auth hiccup, 90018 QPS, 90002 global QPS, 143103/143104 per-minute caps. */
	static final Set<Long> TRANSIENT = Set.of(-1L, 15L, 88L, 90018L, 90002L, 143103L, 143104L);

	static final Set<Long> TOKEN_INVALID = Set.of(40014L, 42001L, 41001L);

	private final DingTalkApp app;

	private final SharedState state;

	private final String tokenKey;

	DingTalkOapi(DingTalkApp app, SharedState state) {
		this.app = app;
		this.state = state;
		this.tokenKey = "dingtalk-token:" + app.appKey();
	}

	/**
	 * One call; a response with a non-zero errcode comes back as it is (the caller decides what a code means), except
	 * an invalid token, which is fetched again and the call tried once more.
	 */
	<T extends TaobaoResponse> T execute(String path, TaobaoRequest<T> request) {
		T response = executeOnce(path, request, token(false));
		if (TOKEN_INVALID.contains(code(response))) {
			response = executeOnce(path, request, token(true));
		}
		return response;
	}

	private <T extends TaobaoResponse> T executeOnce(String path, TaobaoRequest<T> request, String token) {
		try {
			return client(path).execute(request, token);
		}
		catch (ApiException ex) {
			throw new PlatformException(Platform.DINGTALK, "io", String.valueOf(ex.getMessage()), true, ex);
		}
	}

	/** The errcode of a response (0 when it has none). */
	static long code(TaobaoResponse response) {
		String code = response.getErrorCode();
		if (code == null || code.isBlank()) {
			return 0;
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

	/** A refusal as a {@link PlatformException}, with plain words for what an administrator can fix. */
	static PlatformException failure(String what, TaobaoResponse response) {
		long code = code(response);
		return new PlatformException(Platform.DINGTALK, Long.toString(code),
				what + ": " + explain(code, message(response)), TRANSIENT.contains(code) || TOKEN_INVALID.contains(code),
				null);
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
		try {
			OapiGettokenResponse response = client("/gettoken").execute(request);
			if (response.getErrcode() != null && response.getErrcode() != 0) {
				throw new PlatformException(Platform.DINGTALK, Long.toString(response.getErrcode()),
						explain(response.getErrcode(), response.getErrmsg()), TRANSIENT.contains(response.getErrcode()),
						null);
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
			return "the app lacks a contact permission (权限管理 → 通讯录管理): " + message;
		}
		return message;
	}

}
