package dev.baton.emulator.dingtalk;

import dev.baton.emulator.http.Json;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The robot message templates ({@code msgKey}) and the keys their {@code msgParam} JSON
 * string must carry.
 */
final class RobotMessageParams {

	private static final Map<String, List<String>> REQUIRED = Map.ofEntries(Map.entry("sampleText", List.of("content")),
			Map.entry("sampleMarkdown", List.of("title", "text")), Map.entry("sampleImageMsg", List.of("photoURL")),
			Map.entry("sampleLink", List.of("text", "title", "picUrl", "messageUrl")),
			Map.entry("sampleActionCard", List.of("title", "text", "singleTitle", "singleURL")),
			Map.entry("sampleActionCard2", List.of("title", "text", "actionTitle1", "actionURL1")),
			Map.entry("sampleActionCard3", List.of("title", "text", "actionTitle1", "actionURL1")),
			Map.entry("sampleActionCard4", List.of("title", "text", "actionTitle1", "actionURL1")),
			Map.entry("sampleActionCard5", List.of("title", "text", "actionTitle1", "actionURL1")),
			Map.entry("sampleActionCard6", List.of("title", "text", "buttonTitle1", "buttonUrl1")),
			Map.entry("sampleAudio", List.of("mediaId", "duration")),
			Map.entry("sampleFile", List.of("mediaId", "fileName", "fileType")),
			Map.entry("sampleVideo", List.of("duration", "videoMediaId", "videoType", "picMediaId")));

	private RobotMessageParams() {
	}

	/**
	 * Checks msgKey and msgParam; returns what the record keeps (the text of sampleText,
	 * else msgParam). ASSUMED codes: {@code invalidParameter.msgKey},
	 * {@code invalidParameter.msgParam}; documented family: {@code miss.param.*}.
	 */
	static String validate(String msgKey, String msgParam, int maxBytes) {
		if (msgKey == null || !REQUIRED.containsKey(msgKey)) {
			throw DingTalkErrors.param("invalidParameter.msgKey", "msgKey is invalid: " + msgKey);
		}
		if (msgParam == null || msgParam.isBlank()) {
			throw DingTalkErrors.param("miss.param.msgParam", "msgParam is missing");
		}
		if (msgParam.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > maxBytes) {
			throw DingTalkErrors.param("invalidParameter.msgParam", "msgParam is longer than " + maxBytes + " bytes");
		}
		JsonNode params;
		try {
			params = Json.read(msgParam);
		}
		catch (JacksonException e) {
			throw DingTalkErrors.param("invalidParameter.msgParam", "msgParam is not a JSON string");
		}
		if (params == null || !params.isObject()) {
			throw DingTalkErrors.param("invalidParameter.msgParam", "msgParam is not a JSON object");
		}
		for (String key : REQUIRED.get(msgKey)) {
			String value = Json.text(params, key);
			if (value == null || value.isEmpty()) {
				throw DingTalkErrors.param("miss.param." + key, key + " is missing in msgParam");
			}
		}
		return "sampleText".equals(msgKey) ? Json.text(params, "content") : msgParam;
	}

}
