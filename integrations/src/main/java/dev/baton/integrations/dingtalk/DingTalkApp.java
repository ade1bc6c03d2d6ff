package dev.baton.integrations.dingtalk;

import java.util.Objects;

/**
 * One DingTalk internal app with its robot: AppKey/AppSecret, the robot code, the agent
 * id for work notifications, the card callback secret and route key (when card callbacks
 * come over HTTP), the interactive card template Baton fills, how callbacks arrive
 * ({@code http}, the default, or {@code stream}), the API hosts (api.dingtalk.com and
 * oapi.dingtalk.com, or a private deployment's), and the event subscription's token and
 * aes_key when org events come over HTTP (事件订阅 → HTTP 推送; over Stream they need none).
 */
public record DingTalkApp(String name, String corpId, String appKey, String appSecret, String robotCode, long agentId,
		String cardCallbackSecret, String apiEndpoint, String oapiBaseUrl, String mode, String cardTemplateId,
		String cardCallbackRouteKey, String eventToken, String eventAesKey) {

	public DingTalkApp {
		Objects.requireNonNull(appKey, "app-key: required (the AppKey of the app)");
		Objects.requireNonNull(appSecret, "app-secret: required (the AppSecret of the app)");
		apiEndpoint = apiEndpoint == null || apiEndpoint.isBlank() ? "https://api.dingtalk.com" : apiEndpoint;
		oapiBaseUrl = oapiBaseUrl == null || oapiBaseUrl.isBlank() ? "https://oapi.dingtalk.com"
				: oapiBaseUrl.replaceAll("/+$", "");
		mode = mode == null || mode.isBlank() ? "http" : mode.strip().toLowerCase(java.util.Locale.ROOT);
		if (!mode.equals("http") && !mode.equals("stream")) {
			throw new IllegalArgumentException("mode: expected http or stream, not " + mode);
		}
		cardTemplateId = cardTemplateId == null || cardTemplateId.isBlank() ? null : cardTemplateId;
		cardCallbackRouteKey = cardCallbackRouteKey == null || cardCallbackRouteKey.isBlank() ? null
				: cardCallbackRouteKey;
		eventToken = eventToken == null || eventToken.isBlank() ? null : eventToken.strip();
		eventAesKey = eventAesKey == null || eventAesKey.isBlank() ? null : eventAesKey.strip();
		if ((eventToken == null) != (eventAesKey == null)) {
			throw new IllegalArgumentException("a DingTalk event subscription needs both its token and its aes_key");
		}
		if (eventAesKey != null && !eventAesKey.matches("[A-Za-z0-9]{43}")) {
			throw new IllegalArgumentException("event-aes-key: expected 43 letters and digits");
		}
	}

	/**
	 * The app's org events may come to its HTTP event URL (a token and aes_key are
	 * configured).
	 */
	public boolean httpEvents() {
		return eventToken != null;
	}

	/**
	 * Callbacks arrive over a Stream connection Baton opens, not at its HTTP callback
	 * URLs.
	 */
	public boolean streamMode() {
		return mode.equals("stream");
	}

	@Override
	public String toString() {
		return "DingTalkApp[" + name + ", " + appKey + ", " + mode + ", " + apiEndpoint + "]";
	}

}
