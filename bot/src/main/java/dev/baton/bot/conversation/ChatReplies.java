package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.baton.bot.conversation.reply.ReplySplitter;
import dev.baton.bot.delivery.ChatPlatforms;
import dev.baton.bot.delivery.ReplyLane;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.SentCard;
import dev.baton.integrations.chat.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * Answers a person where they spoke: 1:1 to them, or to the group. Texts longer than the
 * platform takes in one message (WeCom and DingTalk 2,048 bytes) go as several, split
 * between items.
 * <p>
 * On DingTalk and WeCom every answer and card update goes into the reply lane of the
 * delivery path ({@link ReplyLane}): written in the turn's transaction, sent with the
 * platforms' quotas and retries, a dead letter when hopeless. The web chat is answered at
 * once instead (after the turn's transaction commits, when there is one): its mailboxes
 * live in this instance's memory, which the page polls, so a reply lane worker on another
 * instance could not put it there, and there is no platform to refuse or throttle it.
 */
@Component
class ChatReplies {

	private static final Logger log = LoggerFactory.getLogger(ChatReplies.class);

	private static final ReplySplitter PLATFORM = new ReplySplitter(2048);

	private static final ReplySplitter WEB = new ReplySplitter(8192);

	private final ChatPlatforms platforms;

	private final ReplyLane lane;

	private final Function<ChatUser, Long> officials;

	/**
	 * @param officials the official a chat account is bound to, or null
	 */
	ChatReplies(ChatPlatforms platforms, ReplyLane lane, dev.baton.bot.directory.Directory directory) {
		this.platforms = platforms;
		this.lane = lane;
		this.officials = who -> directory.officialIdByIdentity(who.platform().name(), who.corpId(), who.userId())
			.orElse(null);
	}

	/**
	 * The platforms this instance has an app for: what people are told names only these.
	 */
	java.util.Set<Platform> configured() {
		return platforms.configured();
	}

	/**
	 * A card as sent, with what the platform answered (WeCom: the response code to update
	 * it once); the result is null for a card in the reply lane, whose sender writes the
	 * code to the kept card when it is sent.
	 */
	record Sent(OutboundMessage.Card card, SendResult result) {
	}

	/** Sends the answer; returns the cards in it. */
	List<Sent> send(InboundEvent to, List<OutboundMessage> messages) {
		return send(to, messages, officials.apply(to.sender()));
	}

	/**
	 * Sends the answer to the official (null for a person bound to none); returns the
	 * cards in it.
	 */
	List<Sent> send(InboundEvent to, List<OutboundMessage> messages, Long officialId) {
		ChatPlatform platform = platforms.get(to.sender().platform(), to.sender().corpId());
		if (platform == null) {
			log.warn("No app to answer {} on {}", to.sender(), to.sender().platform());
			return List.of();
		}
		boolean web = to.sender().platform() == Platform.WEB;
		ReplySplitter splitter = web ? WEB : PLATFORM;
		List<OutboundMessage> parts = new ArrayList<>();
		for (OutboundMessage message : messages) {
			if (message instanceof OutboundMessage.Text text) {
				splitter.split(text.text()).forEach(part -> parts.add(new OutboundMessage.Text(part)));
			}
			else {
				parts.add(message);
			}
		}
		List<Sent> cards = new ArrayList<>();
		parts.stream()
			.filter(OutboundMessage.Card.class::isInstance)
			.forEach(m -> cards.add(new Sent((OutboundMessage.Card) m, null)));
		if (!web) {
			lane.answer(to.sender(), to.conversation(), to.sessionWebhook(), officialId, parts);
			return cards;
		}
		// the web chat updates a card by its id alone: nothing from the send is kept
		Target target = to.conversation().isGroup() ? new Target.Group(to.sender().corpId(), to.conversation().id())
				: new Target.Users(to.sender().corpId(), List.of(to.sender().userId()));
		afterCommit(() -> parts.forEach(part -> platform.reply(target, part)));
		return cards;
	}

	/** The pressed card shows the outcome so it cannot be pressed again. */
	void updateCard(InboundEvent.CardAction pressed, String outcome) {
		ChatPlatform platform = platforms.get(pressed.sender().platform(), pressed.sender().corpId());
		if (platform == null) {
			return;
		}
		if (pressed.sender().platform() == Platform.WEB) {
			afterCommit(() -> platform.updateCard(pressed, outcome));
			return;
		}
		lane.updateCard(pressed.sender(), pressed.cardId(), outcome, true, pressed.responseCode(),
				officials.apply(pressed.sender()));
	}

	/**
	 * A card kept in {@code chat_card} shows its outcome without a press (its action was
	 * taken another way), where the platform allows it.
	 */
	void showOutcome(ChatCardMapper.LiveCard card, String outcome) {
		Platform on = Platform.valueOf(card.platform());
		ChatPlatform platform = platforms.get(on, card.corpId());
		if (platform == null) {
			return;
		}
		if (on != Platform.WEB) {
			lane.updateCard(new ChatUser(on, card.corpId(), card.userId()), card.cardId(), outcome, false,
					card.responseCode(), card.officialId());
			return;
		}
		afterCommit(() -> {
			try {
				platform.updateSentCard(new SentCard(card.corpId(), card.userId(), card.cardId(), card.responseCode()),
						outcome);
			}
			catch (RuntimeException ex) {
				// the record is right either way: a press of the card is answered with
				// what happened
				log.warn("Could not show the outcome on card {} of official {}: {}", card.cardId(), card.officialId(),
						ex.toString());
			}
		});
	}

	/**
	 * Now, or once the caller's transaction commits (nothing is said of a turn that rolls
	 * back).
	 */
	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
