package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.conversation.reply.ReplySplitter;
import dev.baton.bot.delivery.ChatPlatforms;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a person where they spoke: 1:1 to them, or to the group. Texts longer than the platform takes in one
 * message (WeCom and DingTalk 2,048 bytes) go as several, split between items.
 */
class ChatReplies {

	private static final Logger log = LoggerFactory.getLogger(ChatReplies.class);

	private static final ReplySplitter PLATFORM = new ReplySplitter(2048);

	private static final ReplySplitter WEB = new ReplySplitter(8192);

	private final ChatPlatforms platforms;

	ChatReplies(ChatPlatforms platforms) {
		this.platforms = platforms;
	}

	/** The platforms this instance has an app for: what people are told names only these. */
	java.util.Set<Platform> configured() {
		return platforms.configured();
	}

	/** A card as sent, with what the platform answered (WeCom: the response code to update it once). */
	record Sent(OutboundMessage.Card card, SendResult result) {
	}

	/** Sends the answer; returns the cards in it as sent. */
	List<Sent> send(InboundEvent to, List<OutboundMessage> messages) {
		ChatPlatform platform = platforms.get(to.sender().platform(), to.sender().corpId());
		if (platform == null) {
			log.warn("No app to answer {} on {}", to.sender(), to.sender().platform());
			return List.of();
		}
		List<Sent> cards = new java.util.ArrayList<>();
		Target target = to.conversation().isGroup() ? new Target.Group(to.sender().corpId(), to.conversation().id())
				: new Target.Users(to.sender().corpId(), List.of(to.sender().userId()));
		ReplySplitter splitter = to.sender().platform() == Platform.WEB ? WEB : PLATFORM;
		for (OutboundMessage message : messages) {
			if (message instanceof OutboundMessage.Text text) {
				splitter.split(text.text()).forEach(part -> platform.reply(target, new OutboundMessage.Text(part)));
			}
			else if (message instanceof OutboundMessage.Card card) {
				cards.add(new Sent(card, platform.reply(target, message)));
			}
			else {
				platform.reply(target, message);
			}
		}
		return cards;
	}

	void updateCard(InboundEvent.CardAction pressed, String outcome) {
		ChatPlatform platform = platforms.get(pressed.sender().platform(), pressed.sender().corpId());
		if (platform != null) {
			platform.updateCard(pressed, outcome);
		}
	}

}
