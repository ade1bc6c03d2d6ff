package dev.baton.integrations.dingtalk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.aliyun.dingtalkcard_1_0.Client;
import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverHeaders;
import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverRequest;
import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverResponseBody;
import com.aliyun.dingtalkcard_1_0.models.UpdateCardHeaders;
import com.aliyun.dingtalkcard_1_0.models.UpdateCardRequest;
import com.aliyun.teautil.models.RuntimeOptions;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.Target;
import tools.jackson.databind.json.JsonMapper;

/**
 * Baton's cards as DingTalk interactive cards (createAndDeliver and update through the
 * official card client), on the app's card template. The template (made once in the
 * developer console) has four variables: {@code title}, {@code markdown}, {@code buttons}
 * (a JSON array of {@code {"text","key"}}; each button's callback carries its key as
 * {@code action}) and {@code outcome}, shown instead of the buttons once a button was
 * pressed. Button presses come back over Stream or, in HTTP mode, to the route registered
 * for the app's callback route key.
 */
final class DingTalkCards {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DingTalkApp app;

	private final DingTalkOpenApi api;

	DingTalkCards(DingTalkApp app, DingTalkOpenApi api) {
		this.app = app;
		this.api = api;
	}

	/**
	 * Whether cards can go out and their presses come back: a template, and a route for
	 * HTTP callbacks.
	 */
	boolean available() {
		return app.cardTemplateId() != null && (app.streamMode() || app.cardCallbackRouteKey() != null);
	}

	SendResult deliver(Target target, OutboundMessage.Card card) {
		List<String> spaces = new ArrayList<>();
		CreateAndDeliverRequest request = new CreateAndDeliverRequest().setOutTrackId(card.cardId())
			.setCardTemplateId(app.cardTemplateId())
			.setCallbackType(app.streamMode() ? "STREAM" : "HTTP")
			.setCallbackRouteKey(app.streamMode() ? null : app.cardCallbackRouteKey())
			.setCardData(new CreateAndDeliverRequest.CreateAndDeliverRequestCardData().setCardParamMap(params(card)));
		if (target instanceof Target.Group group) {
			spaces.add("IM_GROUP." + group.groupId());
			request
				.setImGroupOpenDeliverModel(new CreateAndDeliverRequest.CreateAndDeliverRequestImGroupOpenDeliverModel()
					.setRobotCode(app.robotCode()));
		}
		else {
			((Target.Users) target).userIds().forEach(user -> spaces.add("IM_ROBOT." + user));
			request
				.setImRobotOpenDeliverModel(new CreateAndDeliverRequest.CreateAndDeliverRequestImRobotOpenDeliverModel()
					.setSpaceType("IM_ROBOT")
					.setRobotCode(app.robotCode()));
		}
		request.setOpenSpaceId("dtv1.card//" + String.join(";", spaces));
		CreateAndDeliverResponseBody body = api.call("card createAndDeliver",
				token -> new Client(api.config())
					.createAndDeliverWithOptions(request,
							new CreateAndDeliverHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions())
					.getBody());
		List<String> invalid = new ArrayList<>();
		if (body.getResult() != null && body.getResult().getDeliverResults() != null) {
			body.getResult()
				.getDeliverResults()
				.stream()
				.filter(r -> !Boolean.TRUE.equals(r.getSuccess()))
				.forEach(r -> invalid.add(r.getSpaceId()));
		}
		return new SendResult(invalid, List.of(), card.cardId(), null);
	}

	/** Replaces the buttons with the outcome on every copy of the card. */
	void showOutcome(String outTrackId, String outcome) {
		UpdateCardRequest request = new UpdateCardRequest().setOutTrackId(outTrackId)
			.setCardData(new UpdateCardRequest.UpdateCardRequestCardData()
				.setCardParamMap(Map.of("outcome", outcome, "buttons", "[]")))
			.setCardUpdateOptions(
					new UpdateCardRequest.UpdateCardRequestCardUpdateOptions().setUpdateCardDataByKey(true));
		api.call("card update",
				token -> new Client(api.config())
					.updateCardWithOptions(request, new UpdateCardHeaders().setXAcsDingtalkAccessToken(token),
							new RuntimeOptions())
					.getBody());
	}

	static Map<String, String> params(OutboundMessage.Card card) {
		List<Map<String, String>> buttons = card.buttons()
			.stream()
			.map(b -> Map.of("text", b.label(), "key", b.key()))
			.toList();
		Map<String, String> params = new LinkedHashMap<>();
		params.put("title", card.title());
		params.put("markdown", card.body() == null ? "" : card.body());
		params.put("buttons", JSON.writeValueAsString(buttons));
		params.put("outcome", "");
		return params;
	}

}
