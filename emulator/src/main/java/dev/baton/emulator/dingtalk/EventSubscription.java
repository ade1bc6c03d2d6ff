package dev.baton.emulator.dingtalk;

import java.util.Objects;

/**
 * An app's event subscription in HTTP push mode (开发者后台 → 事件订阅 → HTTP 推送): the request
 * URL, the signing token (3–32 letters or digits) and the 43-character aes_key. DingTalk
 * encrypts each event for the app's AppKey (the owner key of an internal app's event
 * subscription, dingtalk.md §5.5).
 */
public record EventSubscription(String appKey, String callbackUrl, String token, String aesKey) {

	public EventSubscription {
		Objects.requireNonNull(appKey, "appKey");
		Objects.requireNonNull(callbackUrl, "callbackUrl");
		if (token == null || !token.matches("[A-Za-z0-9]{3,32}")) {
			throw new IllegalArgumentException("the token is 3 to 32 letters or digits");
		}
		if (aesKey == null || !aesKey.matches("[A-Za-z0-9]{43}")) {
			throw new IllegalArgumentException("the aes_key is 43 letters or digits");
		}
	}
}
