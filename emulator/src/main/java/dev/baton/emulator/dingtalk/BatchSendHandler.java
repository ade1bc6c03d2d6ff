package dev.baton.emulator.dingtalk;

import dev.baton.emulator.Api;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.DeliveryLog;
import dev.baton.emulator.record.Outcome;
import dev.baton.emulator.record.TargetKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1.0/robot/oToMessages/batchSend}: ≤20 userIds, msgParam a JSON string;
 * unknown users come back in {@code invalidStaffIdList}; users sent to too fast (the
 * app's recipients rate or a member's, figures unpublished: set with
 * {@code Limits.appRecipientRate} / {@code memberRate}) in
 * {@code flowControlledStaffIdList}, "被限流的 userId列表" that did not receive the message
 * while the call still answers 200 (chatbots-send-one-on-one-chat-messages-in-batches,
 * 2026-04-22).
 */
final class BatchSendHandler implements ApiHandler {

	private final DingTalkAuth auth;

	private final DeliveryLog deliveries;

	BatchSendHandler(DingTalkAuth auth, DeliveryLog deliveries) {
		this.auth = auth;
		this.deliveries = deliveries;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		DingTalkApp app = auth.openApi(request);
		JsonNode body = request.json();
		List<String> userIds = Json.strings(body, "userIds");
		String msgKey = Json.text(body, "msgKey");
		String msgParam = Json.text(body, "msgParam");
		deliveries.rejectAllOnError(request, TargetKind.USER, userIds, msgKey, msgParam);
		if (!app.robotCode().equals(Json.text(body, "robotCode"))) {
			throw DingTalkErrors.param("invalidParameter.robotCode.auth", "robotCode does not belong to the app");
		}
		if (userIds.isEmpty()) {
			throw DingTalkErrors.param("invalidParameter.userIds.empty", "userIds is empty");
		}
		int max = auth.gate().limits().maxRecipients(Api.DINGTALK_ROBOT_BATCH_SEND);
		if (userIds.size() > max) {
			throw DingTalkErrors.param("invalidParameter.userIds.overMax", "userIds exceeds " + max);
		}
		String content = RobotMessageParams.validate(msgKey, msgParam, 15_000);
		request.onRejection(null);
		List<String> invalid = new ArrayList<>();
		List<String> flowControlled = new ArrayList<>();
		long now = auth.platform().clock().millis();
		for (String userId : new LinkedHashSet<>(userIds)) {
			if (auth.platform().directory().user(userId).isEmpty()) {
				invalid.add(userId);
				deliveries.add(request, TargetKind.USER, userId, msgKey, content, Outcome.REJECTED, "invalidStaffId");
			}
			else if (!auth.gate()
				.limits()
				.tryRecipient(Api.DINGTALK_ROBOT_BATCH_SEND, app.id(), app.corpId(), now,
						new dev.baton.emulator.limit.Limits.RecipientRefusal[1])
					|| !auth.gate().limits().tryMember(Api.DINGTALK_ROBOT_BATCH_SEND, app.id(), userId, now)) {
				flowControlled.add(userId);
				deliveries.add(request, TargetKind.USER, userId, msgKey, content, Outcome.DROPPED_MEMBER_LIMIT,
						"flowControlled");
			}
			else {
				deliveries.add(request, TargetKind.USER, userId, msgKey, content, Outcome.DELIVERED, null);
			}
		}
		ObjectNode answer = Json.object();
		answer.put("processQueryKey", UUID.randomUUID().toString());
		invalid.forEach(answer.putArray("invalidStaffIdList")::add);
		flowControlled.forEach(answer.putArray("flowControlledStaffIdList")::add);
		return ApiResponse.json(answer);
	}

}
