package dev.baton.integrations.chat;

/**
 * A card Baton sent to one person, to update later without a press of it.
 *
 * @param corpId the corp of the person's account
 * @param userId the person's account on the platform
 * @param cardId Baton's id for the card (WeCom task_id, DingTalk outTrackId)
 * @param responseCode WeCom: the one-shot code the send returned (one
 * update_template_card within 72 hours); null elsewhere
 */
public record SentCard(String corpId, String userId, String cardId, String responseCode) {
}
