package dev.baton.emulator.dingtalk;

import java.util.List;
import java.util.Map;

/**
 * An interactive card as created by createAndDeliver: where it went, how clicks come
 * back, and its current data.
 *
 * @param spaces "IM_ROBOT.&lt;userId&gt;" or "IM_GROUP.&lt;openConversationId&gt;"
 * entries that received it
 */
public record CardInstance(String app, String outTrackId, String cardTemplateId, String callbackType,
		String callbackRouteKey, Map<String, String> cardParamMap, List<String> spaces) {

	public CardInstance {
		cardParamMap = Map.copyOf(cardParamMap);
		spaces = List.copyOf(spaces);
	}
}
