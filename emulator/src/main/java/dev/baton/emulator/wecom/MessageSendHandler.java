package dev.baton.emulator.wecom;

import dev.baton.emulator.Api;
import dev.baton.emulator.account.WeComApp;
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
 * {@code POST /cgi-bin/message/send}: recipients (≤1000 {@code touser}, {@code @all}),
 * content limits, partial and total recipient failure, the duplicate check, the
 * per-member limit, and response codes for interactive cards.
 */
final class MessageSendHandler implements ApiHandler {

	static final long DEFAULT_DUPLICATE_INTERVAL_SECONDS = 1800;
	static final long MAX_DUPLICATE_INTERVAL_SECONDS = 4 * 3600;

	private final WeComPlatform platform;

	private final WeComAuth auth;

	private final DeliveryLog deliveries;

	MessageSendHandler(WeComPlatform platform, WeComAuth auth, DeliveryLog deliveries) {
		this.platform = platform;
		this.auth = auth;
		this.deliveries = deliveries;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComApp app = auth.authenticate(request);
		JsonNode body = request.json();
		checkAgent(body, app);
		String touser = Json.text(body, "touser");
		boolean toAll = "@all".equals(touser);
		List<String> named = toAll ? List.copyOf(platform.directory().users()) : WeComRecipients.split(touser);
		List<String> parties = WeComRecipients.split(Json.text(body, "toparty"));
		List<String> tags = WeComRecipients.split(Json.text(body, "totag"));
		String msgType = Json.text(body, "msgtype");
		deliveries.rejectAllOnError(request, TargetKind.USER, named, msgType,
				WeComMessageValidator.rawContent(body, msgType));
		int max = auth.gate().limits().maxRecipients(Api.WECOM_MESSAGE_SEND);
		if (!toAll && named.size() > max) {
			throw WeComErrors.invalid("touser exceeds " + max + " users");
		}
		if (parties.size() > 100 || tags.size() > 100) {
			throw WeComErrors.invalid("toparty and totag take at most 100 ids each");
		}
		auth.admit(request);
		checkFlag(body, "safe");
		checkFlag(body, "enable_id_trans");
		WeComMessageValidator.Message message = WeComMessageValidator.validate(body, true);
		if (MediaUploadHandler.TYPES.contains(message.msgType())
				&& platform.media().get(Json.text(body.path(message.msgType()), "media_id")).isEmpty()) {
			// a media message names media this corp uploaded (and WeCom keeps for three
			// days)
			throw WeComErrors.of(MediaUploadHandler.INVALID_MEDIA_ID, "invalid media_id");
		}
		WeComRecipients recipients = WeComRecipients.resolve(named, platform.directory());
		String invalidUsers = String.join("|", recipients.invalid());
		if (recipients.valid().isEmpty()) {
			throw WeComErrors.of(WeComErrors.ALL_RECIPIENTS_INVALID, "all touser & toparty & totag invalid")
				.with("invaliduser", invalidUsers)
				.with("invalidparty", String.join("|", parties))
				.with("invalidtag", String.join("|", tags));
		}
		long now = platform.clock().millis();
		boolean duplicate = duplicateCheckInterval(body) > 0
				&& platform.duplicateCheck().wouldBeDuplicate(app.id(), body, duplicateCheckInterval(body) * 1000, now);
		// 每应用不可超过账号上限数*200人次/天 (doc 90454); once over, the app is refused for the rest of
		// the day.
		// The errcode is not documented: ASSUMED 45009, WeCom's frequency code.
		if (!duplicate && !auth.gate()
			.limits()
			.tryAppDay(Api.WECOM_MESSAGE_SEND, app.id(), recipients.valid().size(), platform.clock().instant())) {
			throw WeComErrors.of(WeComErrors.FREQUENCY, "api freq out of limit: the app's daily message quota");
		}
		duplicate = duplicateCheckInterval(body) > 0
				&& platform.duplicateCheck().isDuplicate(app.id(), body, duplicateCheckInterval(body) * 1000, now);
		if (!duplicate && message.taskId() != null && !platform.claimTaskId(app.id(), message.taskId())) {
			throw WeComErrors.invalid("task_id already used: " + message.taskId());
		}
		request.onRejection(null);
		recipients.invalid()
			.forEach(user -> deliveries.add(request, TargetKind.USER, user, message.msgType(), message.content(),
					Outcome.REJECTED, "invaliduser"));
		for (String user : recipients.valid()) {
			Outcome outcome = duplicate ? Outcome.ABSORBED_DUPLICATE
					: auth.gate().limits().tryMember(Api.WECOM_MESSAGE_SEND, app.id(), user, now) ? Outcome.DELIVERED
							: Outcome.DROPPED_MEMBER_LIMIT;
			deliveries.add(request, TargetKind.USER, user, message.msgType(), message.content(), outcome, null);
		}
		ObjectNode answer = ApiResponse.ok();
		answer.put("invaliduser", invalidUsers);
		answer.put("invalidparty", String.join("|", parties));
		answer.put("invalidtag", String.join("|", tags));
		answer.put("unlicenseduser", "");
		answer.put("msgid", UUID.randomUUID().toString().replace("-", ""));
		if (message.interactive() && !duplicate) {
			answer.put("response_code",
					platform.responseCodes().issue(app.id(), message.taskId(), recipients.valid(), now));
		}
		return ApiResponse.json(answer);
	}

	static void checkAgent(JsonNode body, WeComApp app) {
		Long agentId;
		try {
			agentId = Json.longValue(body, "agentid");
		}
		catch (NumberFormatException e) {
			agentId = null;
		}
		if (agentId == null || agentId != app.agentId()) {
			throw WeComErrors.of(WeComErrors.INVALID_AGENT_ID, "invalid agentid");
		}
	}

	/** 0 or 1, as a number or a string (WxJava sends {@code "safe":"0"}). */
	static void checkFlag(JsonNode body, String field) {
		Long value;
		try {
			value = Json.longValue(body, field);
		}
		catch (NumberFormatException e) {
			throw WeComErrors.invalid(field + " is not 0 or 1");
		}
		if (value != null && value != 0 && value != 1) {
			throw WeComErrors.invalid(field + " is not 0 or 1");
		}
	}

	/** The duplicate-check interval in seconds, 0 when the check is off. */
	private static long duplicateCheckInterval(JsonNode body) {
		checkFlag(body, "enable_duplicate_check");
		Long enabled = Json.longValue(body, "enable_duplicate_check");
		if (enabled == null || enabled == 0) {
			return 0;
		}
		Long interval;
		try {
			interval = Json.longValue(body, "duplicate_check_interval");
		}
		catch (NumberFormatException e) {
			throw WeComErrors.invalid("duplicate_check_interval");
		}
		if (interval == null) {
			return DEFAULT_DUPLICATE_INTERVAL_SECONDS;
		}
		if (interval <= 0 || interval > MAX_DUPLICATE_INTERVAL_SECONDS) {
			throw WeComErrors.invalid("duplicate_check_interval must be 1 to 14400 seconds");
		}
		return interval;
	}

}
