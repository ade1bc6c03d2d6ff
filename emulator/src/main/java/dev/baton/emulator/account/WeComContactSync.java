package dev.baton.emulator.account;

import java.util.Objects;

/**
 * A corp's contact-sync helper (管理工具 → 通讯录同步): its secret, which gets an access token of
 * its own (the only one {@code user/list_id} takes), and the Token and EncodingAESKey of
 * its event server (设置接收事件服务器), which sign and encrypt the {@code change_contact}
 * callbacks it sends.
 */
public record WeComContactSync(String corpId, String secret, String token, String aesKey) {

	public WeComContactSync {
		Objects.requireNonNull(corpId, "corpId");
		Objects.requireNonNull(secret, "secret");
		Objects.requireNonNull(token, "token");
		Objects.requireNonNull(aesKey, "aesKey");
		if (aesKey.length() != 43) {
			throw new IllegalArgumentException("an EncodingAESKey has 43 characters, not " + aesKey.length());
		}
	}

	/**
	 * The emulator's key for the helper in tokens, the record and the limits:
	 * {@code corpId/contacts}.
	 */
	public String id() {
		return corpId + "/contacts";
	}

	/** The helper of {@link WeComApp#sample()}'s corp. */
	public static WeComContactSync sample() {
		return new WeComContactSync(WeComApp.sample().corpId(), "wecom-contact-sync-secret", "SyncTk2024",
				"kR9fZq3XwB7mN2cV5tY8uL1pA4sD6gH0jE3rW7iO9nM");
	}
}
