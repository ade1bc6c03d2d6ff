package dev.baton.emulator.dingtalk;

import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1.0/card/callbacks/register}: one URL per route key; a secret is made up
 * when none is given.
 */
final class CardRegisterCallbackHandler implements ApiHandler {

	private final DingTalkAuth auth;

	CardRegisterCallbackHandler(DingTalkAuth auth) {
		this.auth = auth;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		auth.openApi(request);
		JsonNode body = request.json();
		String routeKey = Json.text(body, "callbackRouteKey");
		String url = Json.text(body, "callbackUrl");
		if (routeKey == null || routeKey.isBlank() || url == null || !url.matches("https?://.+")) {
			throw DingTalkErrors.param("invalidParameter.callback", "callbackRouteKey and an http(s) callbackUrl");
		}
		String secret = Json.text(body, "apiSecret");
		if (secret == null || secret.isBlank()) {
			secret = UUID.randomUUID().toString().replace("-", "");
		}
		boolean force = Boolean.TRUE.equals(Json.bool(body, "forceUpdate"));
		var existing = auth.platform().callbackRoute(routeKey);
		if (existing.isPresent() && !existing.get().callbackUrl().equals(url) && !force) {
			throw DingTalkErrors.param("param.callbackRouteKeyExist",
					"callbackRouteKey is registered to another URL; set forceUpdate");
		}
		auth.platform().registerCallbackRoute(new CardCallbackRoute(routeKey, url, secret));
		ObjectNode answer = Json.object();
		answer.put("success", true);
		ObjectNode result = answer.putObject("result");
		result.put("callbackUrl", url);
		result.put("apiSecret", secret);
		return ApiResponse.json(answer);
	}

}
