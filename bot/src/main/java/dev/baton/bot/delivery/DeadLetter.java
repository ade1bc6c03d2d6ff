package dev.baton.bot.delivery;

import java.time.Instant;

/**
 * A message that could not be delivered, as an organizer reads it.
 *
 * @param kind {@code REPLY} (an answer or card update in the conversation),
 * {@code NOTICE} (to an official) or {@code GROUP_POST} (to the unit's chat groups)
 * @param event the notice's event ({@code BROADCAST}, {@code NOTICE_ISSUED}…); for a
 * reply {@code MESSAGE} or {@code CARD_UPDATE}
 * @param officialId the official it was for (null for a group post)
 * @param platform where it was to go (null when the official has no chat account, or the
 * unit no group)
 * @param account the chat account or group it was to go to, or null
 * @param error why it could not go: the platform's code and words, or "no chat account
 * bound"
 * @param source the row to retry: {@code REPLY} (chat_reply), {@code DELIVERY} (one
 * account or group) or {@code OUTBOX} (no account or group was bound: expanded again)
 */
public record DeadLetter(String kind, long id, String event, Long officialId, String officialName, Long unitId,
		String platform, String account, String error, Instant createdAt, Instant failedAt, String source) {
}
