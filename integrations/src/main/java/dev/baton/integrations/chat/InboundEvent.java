package dev.baton.integrations.chat;

import java.time.Instant;
import java.util.Map;

/**
 * What a person did on a platform, after the callback was verified and decoded: said
 * something, or pressed a card button. {@link #dedupKey()} identifies it across the
 * platform's retries.
 */
public sealed interface InboundEvent permits InboundEvent.Text, InboundEvent.CardAction, InboundEvent.Attachment {

	ChatUser sender();

	Conversation conversation();

	Instant at();

	/** Stable across redeliveries of the same event by the platform. */
	String dedupKey();

	/**
	 * DingTalk's per-message reply channel while it is valid; null where the platform
	 * gives none.
	 */
	default SessionWebhook sessionWebhook() {
		return null;
	}

	/**
	 * A text message; {@code sessionWebhook} as DingTalk gives it with the message, or
	 * null.
	 */
	record Text(ChatUser sender, Conversation conversation, Instant at, String messageId, String text,
			SessionWebhook sessionWebhook) implements InboundEvent {

		public Text(ChatUser sender, Conversation conversation, Instant at, String messageId, String text) {
			this(sender, conversation, at, messageId, text, null);
		}

		@Override
		public String dedupKey() {
			return sender.platform() + ":msg:" + messageId;
		}

	}

	/**
	 * A card button press. {@code cardId} is the card's id as Baton sent it (WeCom
	 * task_id, DingTalk outTrackId); {@code action} is the button's key;
	 * {@code responseCode} is WeCom's one-shot code for updating the card.
	 */
	record CardAction(ChatUser sender, Conversation conversation, Instant at, String cardId, String action,
			Map<String, String> params, String responseCode) implements InboundEvent {

		public CardAction {
			params = Map.copyOf(params);
		}

		@Override
		public String dedupKey() {
			// one press per person, card and button: a card is updated once pressed, and
			// DingTalk dates a resent
			// callback by its arrival, so the time must not be part of the key
			return sender.platform() + ":card:" + cardId + ":" + action + ":" + sender.userId();
		}

	}

	/**
	 * A picture or file the person sent. {@code reference} names it on the platform so it
	 * can be fetched later ({@code wecom-media:<MediaId>},
	 * {@code dingtalk-download:<downloadCode>}); {@code name} is the file name, or null
	 * for a picture.
	 */
	record Attachment(ChatUser sender, Conversation conversation, Instant at, String messageId, String kind,
			String reference, String name, SessionWebhook sessionWebhook) implements InboundEvent {

		public Attachment(ChatUser sender, Conversation conversation, Instant at, String messageId, String kind,
				String reference, String name) {
			this(sender, conversation, at, messageId, kind, reference, name, null);
		}

		@Override
		public String dedupKey() {
			return sender.platform() + ":msg:" + messageId;
		}

	}

}
