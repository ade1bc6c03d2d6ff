package dev.baton.emulator.wecom;

import dev.baton.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a message body the way WeCom does (wecom.md §3.1) and says what to record as its
 * content.
 */
final class WeComMessageValidator {

	static final int MAX_CONTENT_BYTES = 2048;

	private static final Set<String> INTERACTIVE = Set.of("button_interaction", "vote_interaction",
			"multiple_interaction");

	private static final Set<String> CARD_TYPES = Set.of("text_notice", "news_notice", "button_interaction",
			"vote_interaction", "multiple_interaction");

	private static final Set<String> MEDIA_TYPES = Set.of("image", "voice", "video", "file");

	private static final Set<String> OTHER_TYPES = Set.of("news", "mpnews", "miniprogram_notice");

	private static final Pattern TASK_ID = Pattern.compile("[0-9A-Za-z_\\-@]{1,128}");

	/**
	 * A valid message: its type, what the record keeps, and for cards the task id and
	 * whether it calls back.
	 */
	record Message(String msgType, String content, String taskId, boolean interactive) {
	}

	private WeComMessageValidator() {
	}

	/**
	 * The raw content of the message for the record, before validation (never throws).
	 */
	static String rawContent(JsonNode body, String msgType) {
		if (msgType == null || body.get(msgType) == null) {
			return "";
		}
		JsonNode part = body.get(msgType);
		if (("text".equals(msgType) || "markdown".equals(msgType)) && part.path("content").isString()) {
			return part.path("content").stringValue();
		}
		return Json.write(part);
	}

	static Message validate(JsonNode body, boolean cardsAllowed) {
		String msgType = Json.text(body, "msgtype");
		if (msgType == null) {
			throw WeComErrors.of(WeComErrors.INVALID_MSG_TYPE, "invalid message type: msgtype missing");
		}
		JsonNode part = body.get(msgType);
		switch (msgType) {
			case "text", "markdown" -> {
				return new Message(msgType, textContent(part), null, false);
			}
			case "textcard" -> {
				requireObject(part, msgType);
				checkBytes(part, "title", 128, true);
				checkBytes(part, "description", 512, true);
				checkBytes(part, "url", 2048, true);
				return new Message(msgType, Json.write(part), null, false);
			}
			case "template_card" -> {
				if (!cardsAllowed) {
					throw WeComErrors.of(WeComErrors.INVALID_MSG_TYPE, "invalid message type: template_card");
				}
				return templateCard(part);
			}
			default -> {
				if (MEDIA_TYPES.contains(msgType)) {
					requireObject(part, msgType);
					if (Json.text(part, "media_id") == null || Json.text(part, "media_id").isBlank()) {
						throw WeComErrors.of(40007, "invalid media_id");
					}
					return new Message(msgType, Json.write(part), null, false);
				}
				if (OTHER_TYPES.contains(msgType)) {
					requireObject(part, msgType);
					return new Message(msgType, Json.write(part), null, false);
				}
				throw WeComErrors.of(WeComErrors.INVALID_MSG_TYPE, "invalid message type: " + msgType);
			}
		}
	}

	private static String textContent(JsonNode part) {
		String content = Json.text(part, "content");
		if (content == null || content.isEmpty()) {
			throw WeComErrors.of(WeComErrors.EMPTY_CONTENT, "empty content");
		}
		if (content.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES) {
			throw WeComErrors.of(WeComErrors.CONTENT_TOO_LONG, "content size out of limit");
		}
		return content;
	}

	private static void requireObject(JsonNode part, String msgType) {
		if (part == null || !part.isObject()) {
			throw WeComErrors.invalid(msgType + " missing");
		}
	}

	private static void checkBytes(JsonNode part, String field, int max, boolean required) {
		String value = Json.text(part, field);
		if (value == null || value.isEmpty()) {
			if (required) {
				throw WeComErrors.of(WeComErrors.EMPTY_CONTENT, "empty " + field);
			}
			return;
		}
		if (value.getBytes(StandardCharsets.UTF_8).length > max) {
			throw WeComErrors.of(WeComErrors.CONTENT_TOO_LONG, field + " size out of limit");
		}
	}

	private static Message templateCard(JsonNode card) {
		requireObject(card, "template_card");
		String cardType = Json.text(card, "card_type");
		if (cardType == null || !CARD_TYPES.contains(cardType)) {
			throw WeComErrors.invalid("card_type " + cardType);
		}
		boolean interactive = INTERACTIVE.contains(cardType);
		String taskId = Json.text(card, "task_id");
		if (taskId != null && !TASK_ID.matcher(taskId).matches()) {
			throw WeComErrors.invalid("task_id " + taskId);
		}
		if (interactive && taskId == null) {
			throw WeComErrors.invalid("task_id required for " + cardType);
		}
		JsonNode mainTitle = card.get("main_title");
		if (!"news_notice".equals(cardType) && (mainTitle == null || Json.text(mainTitle, "title") == null)) {
			throw WeComErrors.invalid("main_title.title required");
		}
		if ("button_interaction".equals(cardType)) {
			checkButtons(card.get("button_list"));
		}
		return new Message("template_card", Json.write(card), taskId, interactive);
	}

	private static void checkButtons(JsonNode buttons) {
		if (buttons == null || !buttons.isArray() || buttons.isEmpty() || buttons.size() > 6) {
			throw WeComErrors.invalid("button_list needs 1 to 6 buttons");
		}
		Set<String> keys = new HashSet<>();
		for (JsonNode button : buttons) {
			if (Json.text(button, "text") == null || Json.text(button, "text").isEmpty()) {
				throw WeComErrors.invalid("button text required");
			}
			Long style = Json.longValue(button, "style");
			if (style != null && (style < 1 || style > 4)) {
				throw WeComErrors.invalid("button style " + style);
			}
			Long type = Json.longValue(button, "type");
			if (type != null && type == 1) {
				if (Json.text(button, "url") == null) {
					throw WeComErrors.invalid("button url required for type 1");
				}
				continue;
			}
			String key = Json.text(button, "key");
			if (key == null || key.isEmpty() || key.getBytes(StandardCharsets.UTF_8).length > 1024) {
				throw WeComErrors.invalid("button key required, at most 1024 bytes");
			}
			if (!keys.add(key)) {
				throw WeComErrors.invalid("button key not unique: " + key);
			}
		}
	}

}
