package dev.baton.emulator.dingtalk;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.token.TokenStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1.0/oauth2/accessToken} and {@code GET /gettoken}; both families share
 * one token store.
 */
final class TokenHandlers {

	private TokenHandlers() {
	}

	static ApiHandler openApi(DingTalkAuth auth) {
		return request -> {
			JsonNode body = request.json();
			DingTalkApp app = auth.platform()
				.app(Json.text(body, "appKey"), Json.text(body, "appSecret"))
				.orElseThrow(DingTalkErrors::badClient);
			request.app(app.id());
			request.corp(app.corpId());
			auth.gate().admit(request, null, DingTalkErrors.OPEN_API);
			TokenStore.Issued token = auth.platform().tokens().issue(app.id());
			ObjectNode answer = Json.object();
			answer.put("accessToken", token.value());
			answer.put("expireIn", token.expiresInSeconds());
			return ApiResponse.json(answer);
		};
	}

	static ApiHandler oapi(DingTalkAuth auth) {
		return (ApiRequest request) -> {
			DingTalkApp app = auth.platform()
				.app(request.query("appkey"), request.query("appsecret"))
				.orElseThrow(
						() -> DingTalkErrors.oapi(DingTalkErrors.OAPI_INVALID_CREDENTIALS, "不合法的appkey或appsecret"));
			request.app(app.id());
			request.corp(app.corpId());
			auth.gate().admit(request, null, DingTalkErrors.OAPI);
			TokenStore.Issued token = auth.platform().tokens().issue(app.id());
			ObjectNode answer = ApiResponse.ok();
			answer.put("access_token", token.value());
			answer.put("expires_in", token.expiresInSeconds());
			return ApiResponse.json(answer);
		};
	}

}
