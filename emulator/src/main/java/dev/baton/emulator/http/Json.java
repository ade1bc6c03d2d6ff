package dev.baton.emulator.http;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON helpers that read what the platforms' SDKs send: numbers as numbers or strings,
 * booleans as strings.
 */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	public static JsonNode read(String json) {
		return MAPPER.readTree(json);
	}

	/**
	 * The field as a string (numbers and booleans in their JSON spelling), null when
	 * absent or JSON null.
	 */
	public static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		return value.isValueNode() ? value.asString() : write(value);
	}

	/**
	 * The field as a long, accepting a JSON number or a string of digits.
	 * @throws NumberFormatException when present but not a whole number
	 */
	public static Long longValue(JsonNode node, String field) {
		String text = text(node, field);
		if (text == null || text.isBlank()) {
			return null;
		}
		if (node.get(field).isBoolean()) {
			throw new NumberFormatException(field + " is a boolean");
		}
		return Long.parseLong(text.trim());
	}

	/** The field as a boolean, accepting true/false, "true"/"false", 1/0 and "1"/"0". */
	public static Boolean bool(JsonNode node, String field) {
		String text = text(node, field);
		if (text == null || text.isBlank()) {
			return null;
		}
		return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "true", "1" -> true;
			case "false", "0" -> false;
			default -> throw new IllegalArgumentException(field + " is not a boolean: " + text);
		};
	}

	/** The elements of an array field as strings; empty when absent. */
	public static List<String> strings(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		List<String> result = new ArrayList<>();
		if (value != null && value.isArray()) {
			value.forEach(element -> result.add(element.isString() ? element.stringValue() : element.asString()));
		}
		return result;
	}

}
