package dev.baton.emulator.dingtalk;

import dev.baton.emulator.Api;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.limit.Limits;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.DeliveryLog;
import dev.baton.emulator.record.Outcome;
import dev.baton.emulator.record.TargetKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /topapi/message/corpconversation/asyncsend_v2}: ≤100 userids
 * (comma-separated), agent_id and to_all_user as string or number/boolean, msg ≤2048
 * bytes. Like DingTalk it answers success and then silently does not deliver
 * (open.dingtalk.com asynchronous-sending-of-enterprise-session-messages: over a limit
 * "接口仍然返回成功， 但用户无法接收到"; the reasons are getsendresult's forbidden_list codes): unknown
 * users, the same content to the same user on the same day (143106, recorded as
 * absorbed), over the app's recipients a minute (143103, 5,000) or the org's (143104),
 * more than the per-user limit (143105, 500 a day), all recorded as dropped.
 */
final class WorkNotificationHandler implements ApiHandler {

	private static final Set<String> MSG_TYPES = Set.of("text", "image", "voice", "file", "link", "oa", "markdown",
			"action_card");

	private final DingTalkAuth auth;

	private final DeliveryLog deliveries;

	WorkNotificationHandler(DingTalkAuth auth, DeliveryLog deliveries) {
		this.auth = auth;
		this.deliveries = deliveries;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		DingTalkApp app = auth.oapi(request);
		JsonNode body = request.json();
		boolean toAll;
		Long agentId;
		try {
			toAll = Boolean.TRUE.equals(Json.bool(body, "to_all_user"));
			agentId = Json.longValue(body, "agent_id");
		}
		catch (IllegalArgumentException e) {
			throw DingTalkErrors.oapiInvalid(e.getMessage());
		}
		String userList = Json.text(body, "userid_list");
		List<String> named = toAll ? List.copyOf(auth.platform().directory().users()) : userList == null ? List.of()
				: Arrays.stream(userList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		JsonNode msg = message(body);
		String msgType = msg == null ? null : Json.text(msg, "msgtype");
		String content = msg == null ? "" : recorded(msg, msgType);
		deliveries.rejectAllOnError(request, TargetKind.USER, named, msgType, content);
		auth.admitOapi(request);
		if (agentId == null || agentId != app.agentId()) {
			throw DingTalkErrors.oapiInvalid("agent_id");
		}
		int max = auth.gate().limits().maxRecipients(Api.DINGTALK_WORK_NOTIFICATION);
		if (!toAll && named.size() > max) {
			throw DingTalkErrors.oapiInvalid("userid_list exceeds " + max);
		}
		if (named.isEmpty() && Json.text(body, "dept_id_list") == null) {
			throw DingTalkErrors.oapiInvalid("userid_list, dept_id_list and to_all_user are all empty");
		}
		if (msg == null || msgType == null || !MSG_TYPES.contains(msgType)) {
			throw DingTalkErrors.oapiInvalid("msg.msgtype");
		}
		if (Json.write(msg).getBytes(StandardCharsets.UTF_8).length > 2048) {
			throw DingTalkErrors.oapiInvalid("msg exceeds 2048 bytes");
		}
		if ("text".equals(msgType) && (content == null || content.isEmpty())) {
			throw DingTalkErrors.oapiInvalid("msg.text.content");
		}
		if (("file".equals(msgType) || "image".equals(msgType) || "voice".equals(msgType))
				&& auth.platform().media().get(Json.text(msg.path(msgType), "media_id")).isEmpty()) {
			// a media message names media this app uploaded (media/upload)
			throw DingTalkErrors.oapi(MediaUploadHandler.INVALID_MEDIA_ID, "invalid media_id");
		}
		request.onRejection(null);
		long now = auth.platform().clock().millis();
		String contentKey = Json.write(msg);
		Limits.RecipientRefusal[] why = new Limits.RecipientRefusal[1];
		for (String user : new LinkedHashSet<>(named)) {
			if (auth.platform().directory().user(user).isEmpty()) {
				deliveries.add(request, TargetKind.USER, user, msgType, content, Outcome.REJECTED, "invalid_user_id");
			}
			else if (auth.platform().alreadySentToday(app.id(), user, contentKey)) {
				deliveries.add(request, TargetKind.USER, user, msgType, content, Outcome.ABSORBED_DUPLICATE, "143106");
			}
			else if (!auth.gate()
				.limits()
				.tryRecipient(Api.DINGTALK_WORK_NOTIFICATION, app.id(), app.corpId(), now, why)) {
				// getsendresult's forbidden_list: 143103 the app's per-minute cap, 143104
				// the org's
				deliveries.add(request, TargetKind.USER, user, msgType, content, Outcome.DROPPED_MEMBER_LIMIT,
						why[0] == Limits.RecipientRefusal.APP ? "143103" : "143104");
			}
			else if (!auth.gate().limits().tryMember(Api.DINGTALK_WORK_NOTIFICATION, app.id(), user, now)) {
				deliveries.add(request, TargetKind.USER, user, msgType, content, Outcome.DROPPED_MEMBER_LIMIT,
						"143105");
			}
			else {
				deliveries.add(request, TargetKind.USER, user, msgType, content, Outcome.DELIVERED, null);
			}
		}
		ObjectNode answer = ApiResponse.ok();
		answer.put("task_id", request.callSeq() + 256_000_000_000L);
		answer.put("request_id", Long.toString(request.callSeq(), 36));
		return ApiResponse.json(answer);
	}

	/** {@code msg} as an object, or as a JSON string holding one. */
	private static JsonNode message(JsonNode body) {
		JsonNode msg = body.get("msg");
		if (msg != null && msg.isString()) {
			try {
				msg = Json.read(msg.stringValue());
			}
			catch (JacksonException e) {
				return null;
			}
		}
		return msg != null && msg.isObject() ? msg : null;
	}

	private static String recorded(JsonNode msg, String msgType) {
		if ("text".equals(msgType)) {
			return Json.text(msg.path("text"), "content");
		}
		return Json.write(msg);
	}

}
