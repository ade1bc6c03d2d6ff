package dev.baton.emulator.dingtalk;

import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.DeliveryLog;
import dev.baton.emulator.record.Outcome;
import dev.baton.emulator.record.TargetKind;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PUT /v1.0/card/instances}: updates a card of this app (merge by key or
 * overwrite) and answers {@code {"success":true,"result":true}} — a Boolean result, as
 * the SDK model requires.
 */
final class CardUpdateHandler implements ApiHandler {

	private final DingTalkAuth auth;

	private final DeliveryLog deliveries;

	CardUpdateHandler(DingTalkAuth auth, DeliveryLog deliveries) {
		this.auth = auth;
		this.deliveries = deliveries;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		auth.openApi(request);
		JsonNode body = request.json();
		String outTrackId = Json.text(body, "outTrackId");
		CardInstance card = auth.platform()
			.card(outTrackId == null ? "" : outTrackId)
			.filter(c -> c.app().equals(request.app()))
			.orElseThrow(() -> DingTalkErrors.param("param.cardNotExist", "card does not exist: " + outTrackId));
		Map<String, String> update = CardCreateAndDeliverHandler.paramMap(body.path("cardData"));
		JsonNode privateData = body.get("privateData");
		boolean privateEmpty = privateData == null || !privateData.isObject() || privateData.isEmpty();
		if (update.isEmpty() && privateEmpty) {
			throw DingTalkErrors.param("param.cardDataAndPrivateDataBothEmpty",
					"cardData and privateData are both empty");
		}
		boolean byKey = Boolean.TRUE.equals(Json.bool(body.path("cardUpdateOptions"), "updateCardDataByKey"));
		Map<String, String> merged = new LinkedHashMap<>(byKey ? card.cardParamMap() : Map.of());
		merged.putAll(update);
		if (!update.isEmpty()) {
			auth.platform()
				.replaceCard(new CardInstance(card.app(), card.outTrackId(), card.cardTemplateId(), card.callbackType(),
						card.callbackRouteKey(), merged, card.spaces()));
		}
		request.recipients(card.spaces().size());
		String content = Json.write(Map.of("outTrackId", outTrackId, "cardParamMap", update, "privateData",
				privateEmpty ? Map.of() : privateData));
		for (String space : card.spaces()) {
			boolean group = space.startsWith("IM_GROUP.");
			deliveries.add(request, group ? TargetKind.GROUP : TargetKind.USER, space.substring(space.indexOf('.') + 1),
					"card_update", content, Outcome.DELIVERED, null);
		}
		ObjectNode answer = Json.object();
		answer.put("success", true);
		answer.put("result", true);
		return ApiResponse.json(answer);
	}

}
