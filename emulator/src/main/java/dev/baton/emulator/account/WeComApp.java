package dev.baton.emulator.account;

import java.util.Objects;

/**
 * A WeCom self-built app: the corp it belongs to, its agent id and secret (for gettoken),
 * and the callback token and EncodingAESKey (43 characters) that sign and encrypt
 * callbacks.
 */
public record WeComApp(String corpId, int agentId, String secret, String token, String aesKey) {

	public WeComApp {
		Objects.requireNonNull(corpId, "corpId");
		Objects.requireNonNull(secret, "secret");
		Objects.requireNonNull(token, "token");
		Objects.requireNonNull(aesKey, "aesKey");
		if (aesKey.length() != 43) {
			throw new IllegalArgumentException("an EncodingAESKey has 43 characters, not " + aesKey.length());
		}
	}

	/**
	 * The emulator's key for this app in the record and the limits:
	 * {@code corpId/agentId}.
	 */
	public String id() {
		return corpId + "/" + agentId;
	}

	/** A ready-made app (token and key are those of the wecom.md vector C). */
	public static WeComApp sample() {
		return new WeComApp("wwbaton0000000001", 1000002, "wecom-secret-1000002", "QDG6eK",
				"jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
	}
}
