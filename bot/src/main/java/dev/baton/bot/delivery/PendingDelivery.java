package dev.baton.bot.delivery;

import dev.baton.integrations.chat.Platform;

/** A delivery waiting to be put in a batch. */
record PendingDelivery(long id, Platform platform, String corpId, TargetKind targetKind, String userId,
		String contentKey, String body) {
}
