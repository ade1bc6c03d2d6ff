package dev.baton.emulator.stream;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.dingtalk.DingTalkPlatform;
import dev.baton.emulator.http.ApiError;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.CallGate;
import dev.baton.emulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1.0/gateway/connections/open}: checks clientId/clientSecret and the
 * subscriptions, answers
 * {@code {"endpoint":"wss://localhost:PORT/connect","ticket":"..."}}.
 */
public final class StreamOpenHandler implements ApiHandler {

	private final DingTalkPlatform platform;

	private final StreamTickets tickets;

	private final CallGate gate;

	private final Supplier<String> endpoint;

	public StreamOpenHandler(DingTalkPlatform platform, StreamTickets tickets, CallGate gate,
			Supplier<String> endpoint) {
		this.platform = platform;
		this.tickets = tickets;
		this.gate = gate;
		this.endpoint = endpoint;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		JsonNode body = request.json();
		DingTalkApp app = platform.app(Json.text(body, "clientId"), Json.text(body, "clientSecret"))
			.orElseThrow(() -> ApiError.openApi(400, "invalidClientIdOrSecret", "无效的clientId或者clientSecret"));
		request.app(app.id());
		gate.admit(request, null, ApiError.openApi(403, "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi",
				"The request has failed due to api qps limit for appkey and api."));
		List<String> topics = new ArrayList<>();
		JsonNode subscriptions = body.path("subscriptions");
		for (JsonNode subscription : subscriptions) {
			String type = Json.text(subscription, "type");
			String topic = Json.text(subscription, "topic");
			if (!("CALLBACK".equals(type) || "EVENT".equals(type)) || topic == null || topic.isBlank()) {
				throw ApiError.openApi(400, "invalidParameter.subscriptions", "subscriptions need a type and topic");
			}
			topics.add(topic);
		}
		if (topics.isEmpty()) {
			throw ApiError.openApi(400, "invalidParameter.subscriptions", "subscriptions are empty");
		}
		ObjectNode answer = Json.object();
		answer.put("endpoint", endpoint.get());
		answer.put("ticket", tickets.issue(app.appKey(), topics));
		return ApiResponse.json(answer);
	}

}
