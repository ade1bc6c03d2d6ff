package dev.baton.bot.delivery;

import java.time.Instant;

import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SessionWebhook;
import dev.baton.integrations.chat.Target;

/** A reply as claimed for sending ({@code chat_reply}, V27). */
record ReplyRow(long id, Platform platform, String corpId, TargetKind targetKind, String targetId,
		String conversationKey, Long officialId, String kind, String body, String cardId, String responseCode,
		String sessionWebhook, Instant sessionExpiresAt, int attempts) {

	static final String MESSAGE = "MESSAGE";

	static final String CARD_UPDATE = "CARD_UPDATE";

	Target target() {
		return targetKind == TargetKind.GROUP ? new Target.Group(corpId, targetId)
				: new Target.Users(corpId, java.util.List.of(targetId));
	}

	/** The reply channel the person's message came with, or null. */
	SessionWebhook session() {
		return sessionWebhook == null || sessionExpiresAt == null ? null
				: new SessionWebhook(sessionWebhook, sessionExpiresAt);
	}

}
