package dev.baton.bot.webchat;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.InboundListener;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

/**
 * Stands in for the conversation layer on the web chat: says what it received and that the conversation is still to
 * come, with a card whose buttons (帮助, 我的交接) say the same when pressed. It fakes no handover feature. Events
 * from other platforms are only logged, as before.
 */
class InterimReplies implements InboundListener {

	static final List<String> ACTIONS = List.of("help", "mine");

	private static final Logger log = LoggerFactory.getLogger(InterimReplies.class);

	private final WebChatPlatform platform;

	private final MessageSource messages;

	private final Locale locale;

	InterimReplies(WebChatPlatform platform, MessageSource messages, Locale locale) {
		this.platform = platform;
		this.messages = messages;
		this.locale = locale;
	}

	@Override
	public void onEvent(InboundEvent event) {
		if (event.sender().platform() != Platform.WEB) {
			log.info("Inbound {} from {} (no conversation layer yet)", event.dedupKey(), event.sender());
			return;
		}
		if (event instanceof InboundEvent.Text text) {
			answer(text);
		}
		else if (event instanceof InboundEvent.CardAction pressed) {
			answer(pressed);
		}
	}

	private void answer(InboundEvent.Text text) {
		send(text.sender(), new OutboundMessage.Text(text("webchat.interim.received", text.text())));
		List<OutboundMessage.Button> buttons = ACTIONS.stream()
			.map(a -> new OutboundMessage.Button(text("webchat.interim.action." + a), a))
			.toList();
		String cardId = "interim-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
		send(text.sender(), new OutboundMessage.Card(cardId, text("webchat.interim.cardTitle"),
				text("webchat.interim.cardBody"), buttons, text("webchat.interim.cardFallback")));
	}

	private void answer(InboundEvent.CardAction pressed) {
		String label = ACTIONS.contains(pressed.action()) ? text("webchat.interim.action." + pressed.action())
				: pressed.action();
		platform.updateCard(pressed, text("webchat.interim.chosen", label));
		send(pressed.sender(), new OutboundMessage.Text(text("webchat.interim.pressed", label)));
	}

	private void send(ChatUser to, OutboundMessage message) {
		platform.send(new Target.Users(to.corpId(), List.of(to.userId())), message);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
