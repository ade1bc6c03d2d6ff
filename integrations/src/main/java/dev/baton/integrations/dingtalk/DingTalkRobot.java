package dev.baton.integrations.dingtalk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.aliyun.dingtalkrobot_1_0.Client;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOHeaders;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTORequest;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOResponseBody;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendHeaders;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendRequest;
import com.aliyun.teautil.models.RuntimeOptions;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.SendResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's robot speaking in the chat a person has with it (oToMessages/batchSend, at
 * most 20 users a call) and in groups it is in (groupMessages/send), through the official
 * robot client. Texts go as sampleText, markdown as sampleMarkdown.
 */
final class DingTalkRobot {

	static final int MAX_USERS = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DingTalkApp app;

	private final DingTalkOpenApi api;

	DingTalkRobot(DingTalkApp app, DingTalkOpenApi api) {
		this.app = app;
		this.api = api;
	}

	SendResult toUsers(List<String> userIds, OutboundMessage message) {
		List<String> invalid = new ArrayList<>();
		List<String> throttled = new ArrayList<>();
		String queryKey = null;
		for (int from = 0; from < userIds.size(); from += MAX_USERS) {
			List<String> part = userIds.subList(from, Math.min(userIds.size(), from + MAX_USERS));
			BatchSendOTOResponseBody body = api.call("robot batchSend",
					token -> client()
						.batchSendOTOWithOptions(
								new BatchSendOTORequest().setRobotCode(app.robotCode())
									.setUserIds(part)
									.setMsgKey(msgKey(message))
									.setMsgParam(msgParam(message)),
								new BatchSendOTOHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions())
						.getBody());
			if (body.getProcessQueryKey() == null) {
				// a 200 without a processQueryKey is no send: the per-IP ban answers with
				// a page of its own
				throw DingTalkErrors.ipBan("robot batchSend");
			}
			if (body.getInvalidStaffIdList() != null) {
				invalid.addAll(body.getInvalidStaffIdList());
			}
			if (body.getFlowControlledStaffIdList() != null) {
				throttled.addAll(body.getFlowControlledStaffIdList());
			}
			queryKey = body.getProcessQueryKey();
		}
		return new SendResult(invalid, throttled, queryKey, null);
	}

	SendResult toGroup(String openConversationId, OutboundMessage message) {
		String queryKey = api.call("robot groupMessages/send",
				token -> client()
					.orgGroupSendWithOptions(
							new OrgGroupSendRequest().setRobotCode(app.robotCode())
								.setOpenConversationId(openConversationId)
								.setMsgKey(msgKey(message))
								.setMsgParam(msgParam(message)),
							new OrgGroupSendHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions())
					.getBody()
					.getProcessQueryKey());
		if (queryKey == null) {
			throw DingTalkErrors.ipBan("robot groupMessages/send");
		}
		return SendResult.delivered(queryKey);
	}

	static String msgKey(OutboundMessage message) {
		return message instanceof OutboundMessage.Markdown ? "sampleMarkdown" : "sampleText";
	}

	static String msgParam(OutboundMessage message) {
		Map<String, String> param = new LinkedHashMap<>();
		if (message instanceof OutboundMessage.Markdown md) {
			param.put("title", md.title());
			param.put("text", md.markdown());
		}
		else {
			param.put("content", message.fallbackText());
		}
		return JSON.writeValueAsString(param);
	}

	private Client client() throws Exception {
		return new Client(api.config());
	}

}
