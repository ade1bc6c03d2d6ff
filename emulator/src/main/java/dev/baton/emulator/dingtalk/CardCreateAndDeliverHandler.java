package dev.baton.emulator.dingtalk;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.DeliveryLog;
import dev.baton.emulator.record.Outcome;
import dev.baton.emulator.record.TargetKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1.0/card/instances/createAndDeliver}: a new outTrackId, a template,
 * cardData.cardParamMap of strings, an openSpaceId of
 * {@code dtv1.card//IM_ROBOT.<userId>} / {@code IM_GROUP.<openConversationId>} entries
 * (joined by ';') with the matching deliver model, and callbackType STREAM or HTTP (HTTP
 * needs a callbackRouteKey).
 */
final class CardCreateAndDeliverHandler implements ApiHandler {

	static final String SPACE_PREFIX = "dtv1.card//";

	private final DingTalkAuth auth;

	private final DeliveryLog deliveries;

	CardCreateAndDeliverHandler(DingTalkAuth auth, DeliveryLog deliveries) {
		this.auth = auth;
		this.deliveries = deliveries;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		DingTalkApp app = auth.openApi(request);
		JsonNode body = request.json();
		String outTrackId = Json.text(body, "outTrackId");
		String templateId = Json.text(body, "cardTemplateId");
		if (outTrackId == null || outTrackId.isBlank()) {
			throw DingTalkErrors.param("param.outTrackIdEmpty", "outTrackId is required");
		}
		if (templateId == null || templateId.isBlank()) {
			throw DingTalkErrors.param("param.templateNotExist", "cardTemplateId is required");
		}
		String callbackType = Json.text(body, "callbackType");
		String routeKey = Json.text(body, "callbackRouteKey");
		if (callbackType != null && !callbackType.equals("STREAM") && !callbackType.equals("HTTP")) {
			throw DingTalkErrors.param("param.callbackTypeInvalid", "callbackType is STREAM or HTTP");
		}
		if ("HTTP".equals(callbackType) && (routeKey == null || routeKey.isBlank())) {
			throw DingTalkErrors.param("param.callbackRouteKeyEmpty", "callbackRouteKey is required for HTTP");
		}
		Map<String, String> params = paramMap(body.path("cardData"));
		List<String> spaces = spaces(Json.text(body, "openSpaceId"));
		for (String space : spaces) {
			String type = space.substring(0, space.indexOf('.'));
			JsonNode deliver = body
				.get("IM_GROUP".equals(type) ? "imGroupOpenDeliverModel" : "imRobotOpenDeliverModel");
			if (deliver == null || !deliver.isObject()) {
				throw DingTalkErrors.param("param.deliverModelEmpty", "a deliver model is required for " + type);
			}
			String robotCode = Json.text(deliver, "robotCode");
			if (("IM_GROUP".equals(type) || robotCode != null) && !app.robotCode().equals(robotCode)) {
				throw DingTalkErrors.param("invalidParameter.robotCode.auth", "robotCode does not belong to the app");
			}
		}
		CardInstance card = new CardInstance(app.id(), outTrackId, templateId,
				callbackType == null ? "STREAM" : callbackType, routeKey, params, spaces);
		if (!auth.platform().addCard(card)) {
			throw DingTalkErrors.param("param.cardAlreadyExist", "card already exists: " + outTrackId);
		}
		request.recipients(spaces.size());
		String content = Json.write(Map.of("cardTemplateId", templateId, "cardParamMap", params));
		ObjectNode answer = Json.object();
		answer.put("success", true);
		ObjectNode result = answer.putObject("result");
		result.put("outTrackId", outTrackId);
		ArrayNode results = result.putArray("deliverResults");
		for (String space : spaces) {
			String type = space.substring(0, space.indexOf('.'));
			String id = space.substring(space.indexOf('.') + 1);
			boolean group = "IM_GROUP".equals(type);
			boolean exists = group ? auth.platform().directory().group(id).isPresent()
					: auth.platform().directory().user(id).isPresent();
			ObjectNode r = results.addObject();
			r.put("spaceType", type);
			r.put("spaceId", id);
			r.put("success", exists);
			if (exists) {
				r.put("carrierId", outTrackId + "@" + id);
			}
			else {
				r.put("errorMsg", group ? "group not found" : "user not found");
			}
			deliveries.add(request, group ? TargetKind.GROUP : TargetKind.USER, id, "card", content,
					exists ? Outcome.DELIVERED : Outcome.REJECTED, exists ? null : "spaceNotFound");
		}
		return ApiResponse.json(answer);
	}

	static Map<String, String> paramMap(JsonNode cardData) {
		Map<String, String> params = new LinkedHashMap<>();
		JsonNode map = cardData.path("cardParamMap");
		if (!map.isObject()) {
			return params;
		}
		for (String name : map.propertyNames()) {
			JsonNode value = map.get(name);
			if (!value.isString()) {
				throw DingTalkErrors.param("param.cardParamMapInvalid", "cardParamMap values are strings: " + name);
			}
			params.put(name, value.stringValue());
		}
		return params;
	}

	/** Parses openSpaceId into "TYPE.id" entries. */
	static List<String> spaces(String openSpaceId) {
		if (openSpaceId == null || !openSpaceId.startsWith(SPACE_PREFIX)) {
			throw DingTalkErrors.param("param.openSpaceIdInvalid", "openSpaceId is invalid: " + openSpaceId);
		}
		List<String> spaces = new ArrayList<>();
		for (String part : openSpaceId.substring(SPACE_PREFIX.length()).split(";")) {
			int dot = part.indexOf('.');
			String type = dot < 0 ? part : part.substring(0, dot);
			if (dot <= 0 || dot == part.length() - 1 || !(type.equals("IM_GROUP") || type.equals("IM_ROBOT"))) {
				throw DingTalkErrors.param("param.openSpaceIdInvalid", "openSpaceId is invalid: " + openSpaceId);
			}
			spaces.add(part);
		}
		return spaces;
	}

}
