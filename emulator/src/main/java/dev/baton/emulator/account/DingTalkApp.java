package dev.baton.emulator.account;

import java.util.Objects;

/**
 * A DingTalk enterprise-internal app with its robot: AppKey/AppSecret (tokens, Stream
 * credentials, robot callback signature), the robot code (usually the AppKey) and the
 * agent id for work notifications.
 */
public record DingTalkApp(String corpId, String appKey, String appSecret, String robotCode, long agentId) {

	public DingTalkApp {
		Objects.requireNonNull(corpId, "corpId");
		Objects.requireNonNull(appKey, "appKey");
		Objects.requireNonNull(appSecret, "appSecret");
		Objects.requireNonNull(robotCode, "robotCode");
	}

	/** The emulator's key for this app in the record and the limits: the AppKey. */
	public String id() {
		return appKey;
	}

	public static DingTalkApp sample() {
		return new DingTalkApp("dingbatoncorp0001", "dingbatonapp0001", "dingtalk-secret-0001", "dingbatonapp0001",
				3000001L);
	}
}
