package dev.baton.emulator.dingtalk;

import dev.baton.emulator.http.ApiError;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.CallGate;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.record.DeliveryLog;
import dev.baton.emulator.record.Outcome;
import dev.baton.emulator.record.TargetKind;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /robot/sendBySession?session=}: a reply to a robot message through its
 * sessionWebhook (no token; the session is the credential). What DingTalk documents
 * (dingtalk.md §1.2–1.3, the dev guide {@code robot-reply-and-send-messages}): the
 * webhook message format (text, markdown, actionCard, feedCard, link), the answer
 * {@code {"errcode":0,"errmsg":"ok"}}, and {@code sessionWebhookExpiredTime} with each
 * message (about 90 minutes after it). What is observed, not documented: a webhook used
 * after it expired, or one that never existed, is refused with errcode 300001 "session
 * 不存在" (reported in agentscope-ai/QwenPaw #2221 and agentscope #1317). ASSUMED: DingTalk
 * names no limit for sessionWebhooks; the emulator applies to each one the limit
 * documented for robot webhooks (custom robots: 20 messages a minute, then throttled for
 * 10 minutes, errcode 410100), changeable with {@code Limits.sessionWebhookRate}. A bot
 * must therefore be ready to answer by the OpenAPI instead. 40035 for a bad message is
 * ASSUMED too. Injected error codes apply as on every other endpoint.
 */
final class SessionWebhookHandler implements ApiHandler {

	/** Session unknown or expired (observed wording). */
	static final int SESSION_GONE = 300001;

	/**
	 * ASSUMED: the robot-webhook throttle (custom robots' documented limit), applied per
	 * sessionWebhook.
	 */
	static final int SENT_TOO_FAST = 410100;

	private static final Set<String> TYPES = Set.of("text", "markdown", "actionCard", "feedCard", "link");

	private final DingTalkPlatform platform;

	private final CallGate gate;

	private final DeliveryLog deliveries;

	SessionWebhookHandler(DingTalkPlatform platform, CallGate gate, DeliveryLog deliveries) {
		this.platform = platform;
		this.gate = gate;
		this.deliveries = deliveries;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		String id = request.query("session");
		RobotSession session = platform.session(id)
			.filter(s -> s.expiresAtMillis() > platform.clock().millis())
			.orElseThrow(() -> DingTalkErrors.oapi(SESSION_GONE, "session 不存在"));
		request.app(session.app());
		JsonNode body = request.json();
		String msgType = Json.text(body, "msgtype");
		TargetKind kind = session.group() ? TargetKind.GROUP : TargetKind.USER;
		String target = session.group() ? session.conversationId() : session.userId();
		String content = msgType == null || body.get(msgType) == null ? ""
				: "text".equals(msgType) ? Json.text(body.get("text"), "content") : Json.write(body.get(msgType));
		deliveries.rejectAllOnError(request, kind, List.of(target), msgType, content);
		List<Fault.ErrorCode> injected = request.injectedErrors();
		if (!injected.isEmpty()) {
			Fault.ErrorCode fault = injected.get(0);
			throw new ApiError(fault.httpStatus(), fault.code(), fault.message());
		}
		if (msgType == null || !TYPES.contains(msgType) || content == null || content.isEmpty()) {
			throw DingTalkErrors.oapiInvalid("msgtype and its content");
		}
		if (!gate.limits().trySession(session.id(), platform.clock().millis())) {
			throw DingTalkErrors.oapi(SENT_TOO_FAST, "send too fast, exceed 20 times per minute");
		}
		request.onRejection(null);
		deliveries.add(request, kind, target, msgType, content, Outcome.DELIVERED, null);
		return ApiResponse.json(dev.baton.emulator.http.ApiResponse.ok());
	}

}
