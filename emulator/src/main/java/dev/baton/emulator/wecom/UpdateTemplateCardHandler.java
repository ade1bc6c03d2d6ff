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
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /cgi-bin/message/update_template_card}: consumes a response code (once,
 * within 72 h) and records the update ({@code button.replace_name} or a whole new card)
 * for each user.
 */
final class UpdateTemplateCardHandler implements ApiHandler {

	private final WeComPlatform platform;

	private final WeComAuth auth;

	private final DeliveryLog deliveries;

	UpdateTemplateCardHandler(WeComPlatform platform, WeComAuth auth, DeliveryLog deliveries) {
		this.platform = platform;
		this.auth = auth;
		this.deliveries = deliveries;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComApp app = auth.authenticate(request);
		JsonNode body = request.json();
		MessageSendHandler.checkAgent(body, app);
		List<String> userIds = Json.strings(body, "userids");
		String code = Json.text(body, "response_code");
		Optional<ResponseCodes.Grant> grant = platform.responseCodes().grant(code == null ? "" : code);
		List<String> targets = userIds.isEmpty() ? grant.map(ResponseCodes.Grant::recipients).orElse(List.of())
				: userIds;
		String msgType;
		String content;
		if (body.get("button") != null && Json.text(body.get("button"), "replace_name") != null) {
			msgType = "update_button";
			content = Json.text(body.get("button"), "replace_name");
		}
		else if (body.get("template_card") != null) {
			msgType = "template_card";
			content = Json.write(body.get("template_card"));
		}
		else {
			msgType = "update";
			content = "";
		}
		deliveries.rejectAllOnError(request, TargetKind.USER, targets, msgType, content);
		int max = auth.gate().limits().maxRecipients(Api.WECOM_UPDATE_TEMPLATE_CARD);
		if (userIds.size() > max) {
			throw WeComErrors.invalid("userids exceeds " + max);
		}
		auth.admit(request);
		if ("update".equals(msgType)) {
			throw WeComErrors.invalid("button.replace_name or template_card required");
		}
		if ("update_button".equals(msgType) && content.isEmpty()) {
			throw WeComErrors.of(WeComErrors.EMPTY_CONTENT, "empty replace_name");
		}
		if ("template_card".equals(msgType)) {
			ObjectNode wrapper = Json.object();
			wrapper.put("msgtype", "template_card");
			wrapper.set("template_card", body.get("template_card"));
			WeComMessageValidator.validate(wrapper, true);
		}
		platform.responseCodes().consume(app.id(), code, platform.clock().millis()).ifPresent(problem -> {
			throw WeComErrors.invalid(problem);
		});
		request.onRejection(null);
		WeComRecipients recipients = WeComRecipients.resolve(targets, platform.directory());
		recipients.valid()
			.forEach(user -> deliveries.add(request, TargetKind.USER, user, msgType, content, Outcome.DELIVERED, null));
		ObjectNode answer = ApiResponse.ok();
		answer.put("invaliduser", String.join("|", recipients.invalid()));
		return ApiResponse.json(answer);
	}

}
