package dev.baton.emulator.dingtalk;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.DeliveryLog;
import dev.baton.emulator.record.Outcome;
import dev.baton.emulator.record.TargetKind;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1.0/robot/groupMessages/send}: a known openConversationId, msgParam
 * ≤15,000 bytes.
 */
final class GroupSendHandler implements ApiHandler {

	private final DingTalkAuth auth;

	private final DeliveryLog deliveries;

	GroupSendHandler(DingTalkAuth auth, DeliveryLog deliveries) {
		this.auth = auth;
		this.deliveries = deliveries;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		DingTalkApp app = auth.openApi(request);
		JsonNode body = request.json();
		String conversation = Json.text(body, "openConversationId");
		String msgKey = Json.text(body, "msgKey");
		if (conversation != null) {
			deliveries.rejectAllOnError(request, TargetKind.GROUP, List.of(conversation), msgKey,
					Json.text(body, "msgParam"));
		}
		if (!app.robotCode().equals(Json.text(body, "robotCode"))) {
			throw DingTalkErrors.param("invalidParameter.robotCode.auth", "robotCode does not belong to the app");
		}
		if (auth.platform().directory().group(conversation).isEmpty()) {
			throw DingTalkErrors.param("invalid.openConversationId", "openConversationId is invalid");
		}
		String content = RobotMessageParams.validate(msgKey, Json.text(body, "msgParam"), 15_000);
		request.onRejection(null);
		deliveries.add(request, TargetKind.GROUP, conversation, msgKey, content, Outcome.DELIVERED, null);
		ObjectNode answer = Json.object();
		answer.put("processQueryKey", UUID.randomUUID().toString());
		return ApiResponse.json(answer);
	}

}
