package dev.baton.bot.webchat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.integrations.chat.OutboundMessage;

/**
 * One entry of a mailbox, as the page reads it. {@code kind} says which fields it has:
 * <ul>
 * <li>{@code text}: {@code text} from Baton;</li>
 * <li>{@code markdown}: {@code title} and {@code text} (markdown) from Baton;</li>
 * <li>{@code card}: {@code card} from Baton, with its {@code outcome} once pressed;</li>
 * <li>{@code cardUpdate}: the card {@code cardId} now shows {@code outcome} (its buttons
 * are off);</li>
 * <li>{@code user}: {@code text} the person sent, with the page's {@code messageId};</li>
 * <li>{@code file}: a file from Baton (a 交接书): {@code title} its name, {@code text} the
 * words with it, {@code url} where the page downloads it.</li>
 * </ul>
 * Ids grow with every entry, across all mailboxes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebChatMessage(long id, Instant at, String kind, String title, String text, String messageId, Card card,
		String cardId, String outcome, String url) {

	WebChatMessage(long id, Instant at, String kind, String title, String text, String messageId, Card card,
			String cardId, String outcome) {
		this(id, at, kind, title, text, messageId, card, cardId, outcome, null);
	}

	/** A file the page shows as a download from {@code url}. */
	static WebChatMessage file(long id, Instant at, OutboundMessage.File file, String url) {
		return new WebChatMessage(id, at, "file", file.fileName(), file.caption(), null, null, null, null, url);
	}

	static WebChatMessage from(long id, Instant at, OutboundMessage message) {
		if (message instanceof OutboundMessage.Card c) {
			return new WebChatMessage(id, at, "card", null, null, null, Card.from(c), null, null);
		}
		if (message instanceof OutboundMessage.Markdown m) {
			return new WebChatMessage(id, at, "markdown", m.title(), m.markdown(), null, null, null, null);
		}
		return new WebChatMessage(id, at, "text", null, message.fallbackText(), null, null, null, null);
	}

	static WebChatMessage fromUser(long id, Instant at, String messageId, String text) {
		return new WebChatMessage(id, at, "user", null, text, messageId, null, null, null);
	}

	static WebChatMessage cardUpdate(long id, Instant at, String cardId, String outcome) {
		return new WebChatMessage(id, at, "cardUpdate", null, null, null, null, cardId, outcome);
	}

	boolean isCard(String cardId) {
		return card != null && card.cardId().equals(cardId);
	}

	WebChatMessage withOutcome(String outcome) {
		return new WebChatMessage(id, at, kind, title, text, messageId, card.withOutcome(outcome), cardId, this.outcome,
				url);
	}

	/**
	 * A card as sent, and what it shows once pressed ({@code outcome}, null until then).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Card(String cardId, String title, String body, List<OutboundMessage.Button> buttons, String fallbackText,
			String outcome) {

		static Card from(OutboundMessage.Card card) {
			return new Card(card.cardId(), card.title(), card.body(), card.buttons(), card.fallbackText(), null);
		}

		Card withOutcome(String outcome) {
			return new Card(cardId, title, body, buttons, fallbackText, outcome);
		}

		boolean hasButton(String key) {
			return buttons.stream().anyMatch(b -> b.key().equals(key));
		}

	}

}
