package dev.baton.bot.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.integrations.chat.OutboundMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer as a reply row stores it: text, markdown or a card (with its buttons), or a
 * card update (the outcome a card is to show, and for a pressed WeCom card the press's
 * response code).
 */
final class ReplyBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReplyBodies() {
	}

	/** A card to show its outcome. */
	record CardUpdate(String cardId, String outcome, boolean pressed, String responseCode) {
	}

	static String write(OutboundMessage message) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (message instanceof OutboundMessage.Text text) {
			body.put("type", "text");
			body.put("text", text.text());
		}
		else if (message instanceof OutboundMessage.Markdown md) {
			body.put("type", "markdown");
			body.put("title", md.title());
			body.put("text", md.markdown());
		}
		else {
			OutboundMessage.Card card = (OutboundMessage.Card) message;
			body.put("type", "card");
			body.put("cardId", card.cardId());
			body.put("title", card.title());
			body.put("body", card.body());
			body.put("fallbackText", card.fallbackText());
			List<Map<String, String>> buttons = new ArrayList<>();
			card.buttons().forEach(b -> buttons.add(Map.of("label", b.label(), "key", b.key())));
			body.put("buttons", buttons);
		}
		return JSON.writeValueAsString(body);
	}

	static String write(CardUpdate update) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "cardUpdate");
		body.put("cardId", update.cardId());
		body.put("outcome", update.outcome());
		body.put("pressed", update.pressed());
		body.put("responseCode", update.responseCode());
		return JSON.writeValueAsString(body);
	}

	static OutboundMessage message(String body) {
		JsonNode node = JSON.readTree(body);
		return switch (node.path("type").asString()) {
			case "markdown" ->
				new OutboundMessage.Markdown(node.path("title").asString(), node.path("text").asString());
			case "card" -> {
				List<OutboundMessage.Button> buttons = new ArrayList<>();
				node.path("buttons")
					.forEach(b -> buttons
						.add(new OutboundMessage.Button(b.path("label").asString(), b.path("key").asString())));
				yield new OutboundMessage.Card(node.path("cardId").asString(), text(node, "title"), text(node, "body"),
						buttons, text(node, "fallbackText"));
			}
			default -> new OutboundMessage.Text(node.path("text").asString());
		};
	}

	static CardUpdate cardUpdate(String body) {
		JsonNode node = JSON.readTree(body);
		return new CardUpdate(node.path("cardId").asString(), node.path("outcome").asString(),
				node.path("pressed").asBoolean(false), text(node, "responseCode"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
