package dev.baton.bot.delivery;

import java.time.Instant;

import dev.baton.integrations.chat.Platform;

/**
 * Identical content for up to a platform's maximum of users, sent in one call; recipients
 * are '|'-joined, sorted. A {@link TargetKind#GROUP} batch holds one chat group.
 */
public record DeliveryBatch(long id, Platform platform, String corpId, TargetKind targetKind, String contentKey,
		String body, String recipients, int size, String status, int attempts, Instant availableAt) {

	/** Where the platform is to send it. */
	public dev.baton.integrations.chat.Target target() {
		return targetKind == TargetKind.GROUP ? new dev.baton.integrations.chat.Target.Group(corpId, recipients)
				: new dev.baton.integrations.chat.Target.Users(corpId, recipientList());
	}

	public java.util.List<String> recipientList() {
		return java.util.List.of(recipients.split("\\|"));
	}

}
