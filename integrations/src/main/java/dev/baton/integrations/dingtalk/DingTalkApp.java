package dev.baton.integrations.dingtalk;

import java.util.Objects;

/**
 * One DingTalk internal app with its robot: AppKey/AppSecret, the robot code, the agent id for work notifications,
 * the card callback secret (when card callbacks come over HTTP), and the API hosts (api.dingtalk.com and
 * oapi.dingtalk.com, or a private deployment's).
 */
public record DingTalkApp(String name, String corpId, String appKey, String appSecret, String robotCode, long agentId,
		String cardCallbackSecret, String apiEndpoint, String oapiBaseUrl) {

	public DingTalkApp {
		Objects.requireNonNull(appKey, "appKey");
		Objects.requireNonNull(appSecret, "appSecret");
		apiEndpoint = apiEndpoint == null || apiEndpoint.isBlank() ? "https://api.dingtalk.com" : apiEndpoint;
		oapiBaseUrl = oapiBaseUrl == null || oapiBaseUrl.isBlank() ? "https://oapi.dingtalk.com"
				: oapiBaseUrl.replaceAll("/+$", "");
	}

	@Override
	public String toString() {
		return "DingTalkApp[" + name + ", " + appKey + ", " + apiEndpoint + "]";
	}

}
