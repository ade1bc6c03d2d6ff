package dev.baton.integrations.chat;

import java.util.List;
import java.util.Objects;

/** What Baton says: plain text, markdown, or a card with buttons (and a text fallback where cards cannot go). */
public sealed interface OutboundMessage permits OutboundMessage.Text, OutboundMessage.Markdown, OutboundMessage.Card {

	/** The text a platform without the richer form shows. */
	String fallbackText();

	record Text(String text) implements OutboundMessage {

		public Text {
			Objects.requireNonNull(text, "text");
		}

		@Override
		public String fallbackText() {
			return text;
		}

	}

	record Markdown(String title, String markdown) implements OutboundMessage {

		@Override
		public String fallbackText() {
			return title + "\n" + markdown;
		}

	}

	/**
	 * A card with buttons. {@code cardId} is Baton's id for it (≤ 128 chars of [0-9A-Za-z_-@]); the button keys come
	 * back in {@link InboundEvent.CardAction#action()}.
	 */
	record Card(String cardId, String title, String body, List<Button> buttons, String fallbackText)
			implements OutboundMessage {

		public Card {
			if (cardId == null || !cardId.matches("[0-9A-Za-z_\\-@]{1,128}")) {
				throw new IllegalArgumentException("a card id is 1 to 128 of [0-9A-Za-z_-@]: " + cardId);
			}
			buttons = List.copyOf(buttons);
			if (buttons.isEmpty() || buttons.size() > 6) {
				throw new IllegalArgumentException("a card has 1 to 6 buttons");
			}
		}

	}

	/** A card button: the label people see and the key Baton gets back. */
	record Button(String label, String key) {
	}

}
