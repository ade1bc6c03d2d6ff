package dev.baton.bot.delivery;

import java.time.Instant;

import dev.baton.integrations.chat.Platform;

/** Identical content for up to a platform's maximum of users, sent in one call; recipients are '|'-joined, sorted. */
public record DeliveryBatch(long id, Platform platform, String corpId, String contentKey, String body,
		String recipients, int size, String status, int attempts, Instant availableAt) {

	public java.util.List<String> recipientList() {
		return java.util.List.of(recipients.split("\\|"));
	}

}
