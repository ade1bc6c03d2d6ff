package dev.baton.emulator.dingtalk;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.CallGate;
import dev.baton.emulator.token.TokenStore;

/** Checks tokens (header on OpenAPI, query on oapi) and lets calls through the gate. */
final class DingTalkAuth {

	static final String TOKEN_HEADER = "x-acs-dingtalk-access-token";

	private final DingTalkPlatform platform;

	private final CallGate gate;

	DingTalkAuth(DingTalkPlatform platform, CallGate gate) {
		this.platform = platform;
		this.gate = gate;
	}

	/** api.dingtalk.com: the {@code x-acs-dingtalk-access-token} header. */
	DingTalkApp openApi(ApiRequest request) {
		TokenStore.Check check = platform.tokens().check(request.header(TOKEN_HEADER).orElse(null));
		switch (check.status()) {
			case MISSING -> throw DingTalkErrors.missingToken();
			case VALID -> {
			}
			default -> throw DingTalkErrors.invalidToken();
		}
		request.app(check.app());
		DingTalkApp app = platform.app(check.app()).orElseThrow();
		request.corp(app.corpId());
		gate.admit(request, platform.ipRefused(app.id()) ? DingTalkErrors.ipRefused() : null, DingTalkErrors.OPEN_API);
		return app;
	}

	/** oapi.dingtalk.com: the {@code ?access_token=} parameter. */
	DingTalkApp oapi(ApiRequest request) {
		TokenStore.Check check = platform.tokens().check(request.query("access_token"));
		switch (check.status()) {
			case MISSING -> throw DingTalkErrors.oapi(DingTalkErrors.OAPI_MISSING_TOKEN, "缺少参数access_token");
			case UNKNOWN, INVALIDATED ->
				throw DingTalkErrors.oapi(DingTalkErrors.OAPI_INVALID_TOKEN, "不合法的access_token");
			case EXPIRED -> throw DingTalkErrors.oapi(DingTalkErrors.OAPI_TOKEN_EXPIRED, "access_token超时");
			default -> {
			}
		}
		request.app(check.app());
		DingTalkApp app = platform.app(check.app()).orElseThrow();
		request.corp(app.corpId());
		return app;
	}

	void admitOapi(ApiRequest request) {
		gate.admit(request,
				platform.ipRefused(request.app())
						? DingTalkErrors.oapi(DingTalkErrors.OAPI_IP_NOT_ALLOWED, "访问ip不在白名单之中") : null,
				DingTalkErrors.OAPI);
	}

	CallGate gate() {
		return gate;
	}

	DingTalkPlatform platform() {
		return platform;
	}

}
