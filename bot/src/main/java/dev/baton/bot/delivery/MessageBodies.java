package dev.baton.bot.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rendered messages as stored in a delivery, and the key under which identical content is
 * batched.
 */
final class MessageBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MessageBodies() {
	}

	static String text(String text) {
		return JSON.writeValueAsString(Map.of("type", "text", "text", text));
	}

	/**
	 * A file made when sent (#15): the handover, the format and the words that go with
	 * it.
	 */
	static String document(long handoverId, String format, String caption) {
		return JSON.writeValueAsString(
				Map.of("type", "document", "handoverId", handoverId, "format", format, "text", caption));
	}

	/**
	 * The ledger of a unit made when sent, in the scope of the official who asked for it
	 * ("台账", #15).
	 */
	static String ledger(long unitId, long officialId, String caption) {
		return JSON
			.writeValueAsString(Map.of("type", "ledger", "unitId", unitId, "officialId", officialId, "text", caption));
	}

	/**
	 * As {@link #read(String)}, a document made by {@code attachments} (its caption alone
	 * where there are none).
	 */
	static OutboundMessage read(String body, Attachments attachments) {
		JsonNode node = JSON.readTree(body);
		if ("document".equals(node.path("type").asString())) {
			String caption = node.path("text").asString();
			return attachments == null ? new OutboundMessage.Text(caption)
					: attachments.file(node.path("handoverId").asLong(), node.path("format").asString(), caption);
		}
		if ("ledger".equals(node.path("type").asString())) {
			String caption = node.path("text").asString();
			return attachments == null ? new OutboundMessage.Text(caption)
					: attachments.ledger(node.path("unitId").asLong(), node.path("officialId").asLong(), caption);
		}
		return read(body);
	}

	/**
	 * A card with one button (the notice's 签收): its id is fresh per card, as WeCom's
	 * task_id must be.
	 */
	static String card(String cardId, String title, String text, String button, String key, String fallback) {
		return JSON.writeValueAsString(Map.of("type", "card", "cardId", cardId, "title", title, "text", text, "button",
				button, "key", key, "fallback", fallback));
	}

	static OutboundMessage read(String body) {
		JsonNode node = JSON.readTree(body);
		return switch (node.path("type").asString()) {
			case "card" -> new OutboundMessage.Card(node.path("cardId").asString(), node.path("title").asString(),
					node.path("text").asString(),
					java.util.List
						.of(new OutboundMessage.Button(node.path("button").asString(), node.path("key").asString())),
					node.path("fallback").asString());
			case "markdown" ->
				new OutboundMessage.Markdown(node.path("title").asString(), node.path("text").asString());
			default -> new OutboundMessage.Text(node.path("text").asString());
		};
	}

	static String contentKey(Platform platform, String corpId, String body) {
		try {
			byte[] sha = MessageDigest.getInstance("SHA-256")
				.digest((platform + "\n" + corpId + "\n" + body).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
