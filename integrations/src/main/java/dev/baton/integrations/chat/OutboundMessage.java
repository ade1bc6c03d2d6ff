package dev.baton.integrations.chat;

import java.util.List;
import java.util.Objects;

/**
 * What Baton says: plain text, markdown, or a card with buttons (and a text fallback
 * where cards cannot go).
 */
public sealed interface OutboundMessage
		permits OutboundMessage.Text, OutboundMessage.Markdown, OutboundMessage.Card, OutboundMessage.File {

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
	 * A card with buttons. {@code cardId} is Baton's id for it (≤ 128 chars of
	 * [0-9A-Za-z_-@]); the button keys come back in
	 * {@link InboundEvent.CardAction#action()}.
	 */
	record Card(String cardId, String title, String body, List<Button> buttons,
			String fallbackText) implements OutboundMessage {

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

	/**
	 * A file sent as a file (a 交接书, a 交接表): the platforms take it as media uploaded
	 * first, then a file message naming it; {@code caption} goes before it as text, and
	 * is what a platform without files shows. The largest file the platforms take is
	 * {@link #MAX_BYTES} (WeCom and DingTalk: 20 MB); WeCom wants more than 5 bytes.
	 */
	record File(String fileName, String contentType, byte[] bytes, String caption) implements OutboundMessage {

		public static final int MAX_BYTES = 20 * 1024 * 1024;

		public File {
			Objects.requireNonNull(fileName, "fileName");
			Objects.requireNonNull(bytes, "bytes");
			if (bytes.length <= 5 || bytes.length > MAX_BYTES) {
				throw new IllegalArgumentException("a file sent in chat is 6 bytes to 20 MB: " + bytes.length);
			}
		}

		@Override
		public String fallbackText() {
			return caption == null || caption.isBlank() ? fileName : caption;
		}

	}

	/** A card button: the label people see and the key Baton gets back. */
	record Button(String label, String key) {
	}

}
