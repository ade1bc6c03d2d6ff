package dev.baton.integrations.dingtalk;

import java.util.Objects;

/**
 * One DingTalk internal app with its robot: AppKey/AppSecret, the robot code, the agent id for work notifications,
 * the card callback secret and route key (when card callbacks come over HTTP), the interactive card template Baton
 * fills, how callbacks arrive ({@code http}, the default, or {@code stream}), and the API hosts (api.dingtalk.com and
 * oapi.dingtalk.com, or a private deployment's).
 */
public record DingTalkApp(String name, String corpId, String appKey, String appSecret, String robotCode, long agentId,
		String cardCallbackSecret, String apiEndpoint, String oapiBaseUrl, String mode, String cardTemplateId,
		String cardCallbackRouteKey) {

	public DingTalkApp {
		Objects.requireNonNull(appKey, "appKey");
		Objects.requireNonNull(appSecret, "appSecret");
		apiEndpoint = apiEndpoint == null || apiEndpoint.isBlank() ? "https://api.dingtalk.com" : apiEndpoint;
		oapiBaseUrl = oapiBaseUrl == null || oapiBaseUrl.isBlank() ? "https://oapi.dingtalk.com"
				: oapiBaseUrl.replaceAll("/+$", "");
		mode = mode == null || mode.isBlank() ? "http" : mode.strip().toLowerCase(java.util.Locale.ROOT);
		if (!mode.equals("http") && !mode.equals("stream")) {
			throw new IllegalArgumentException("a DingTalk app's mode is http or stream, not " + mode);
		}
		cardTemplateId = cardTemplateId == null || cardTemplateId.isBlank() ? null : cardTemplateId;
		cardCallbackRouteKey = cardCallbackRouteKey == null || cardCallbackRouteKey.isBlank() ? null
				: cardCallbackRouteKey;
	}

	/** Callbacks arrive over a Stream connection Baton opens, not at its HTTP callback URLs. */
	public boolean streamMode() {
		return mode.equals("stream");
	}

	@Override
	public String toString() {
		return "DingTalkApp[" + name + ", " + appKey + ", " + mode + ", " + apiEndpoint + "]";
	}

}
