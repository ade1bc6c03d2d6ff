package dev.baton.integrations.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * The reply channel a DingTalk robot message carries: its {@code sessionWebhook} URL (no
 * token needed; the session is the credential) and {@code sessionWebhookExpiredTime}. An
 * answer goes through it while it is valid, then by the OpenAPI.
 */
public record SessionWebhook(String url, Instant expiresAt) {

	public SessionWebhook {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(expiresAt, "expiresAt");
	}

	/** Still good at {@code now}, with {@code margin} to spare for the call itself. */
	public boolean validAt(Instant now, java.time.Duration margin) {
		return now.plus(margin).isBefore(expiresAt);
	}

}
