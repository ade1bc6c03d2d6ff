package dev.baton.bot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.InboundListener;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.Target;

/**
 * A test adapter in the spirit of hubot's dummy adapter: people "say" things to the real
 * conversation layer, and what Baton answers is kept per person, in order. It is a
 * {@link ChatPlatform} for its own corp only, so Baton's replies reach it through the
 * normal sending path.
 */
final class ScriptedChat implements ChatPlatform, ChatScript {

	/** Import this into a test to talk to Baton through the adapter. */
	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@org.springframework.context.annotation.Bean
		ScriptedChat scriptedChat() {
			return new ScriptedChat();
		}

	}

	record Said(String userId, OutboundMessage message) {
	}

	record Update(String cardId, String outcome) {
	}

	static final String CORP = "script-corp";

	final List<Said> said = new CopyOnWriteArrayList<>();

	final List<Update> updates = new CopyOnWriteArrayList<>();

	private InboundListener listener;

	void listenWith(InboundListener conversation) {
		this.listener = conversation;
	}

	@Override
	public String platform() {
		return "WEB";
	}

	@Override
	public String corp() {
		return CORP;
	}

	@Override
	public String lastOutcome() {
		if (updates.isEmpty()) {
			throw new AssertionError("no card was updated");
		}
		return updates.get(updates.size() - 1).outcome();
	}

	/**
	 * The person says the text; returns what Baton answered them, as text (cards by their
	 * fallback).
	 */
	@Override
	public List<String> say(String userId, String text) {
		int before = said.size();
		listener.onEvent(new InboundEvent.Text(user(userId), Conversation.direct(userId), Instant.now(),
				UUID.randomUUID().toString(), text));
		return since(before, userId);
	}

	List<String> sayInGroup(String userId, String groupId, String text) {
		int before = said.size();
		listener.onEvent(new InboundEvent.Text(user(userId), Conversation.group(groupId), Instant.now(),
				UUID.randomUUID().toString(), text));
		List<String> out = new ArrayList<>();
		for (Said s : said.subList(before, said.size())) {
			out.add(s.message().fallbackText());
		}
		return out;
	}

	/** The person sends a file or picture (in a group when groupId is not null). */
	List<String> attach(String userId, String groupId, String kind, String reference, String name) {
		int before = said.size();
		listener.onEvent(new InboundEvent.Attachment(user(userId),
				groupId == null ? Conversation.direct(userId) : Conversation.group(groupId), Instant.now(),
				UUID.randomUUID().toString(), kind, reference, name));
		List<String> out = new ArrayList<>();
		for (Said s : said.subList(before, said.size())) {
			out.add(s.message().fallbackText());
		}
		return out;
	}

	/** The person presses a button of the last card Baton sent them. */
	@Override
	public List<String> press(String userId, String buttonLabel) {
		return press(userId, lastCard(userId), buttonLabel);
	}

	/**
	 * The person presses a button of a card Baton sent them earlier (an older one, still
	 * in the chat).
	 */
	List<String> press(String userId, OutboundMessage.Card card, String buttonLabel) {
		String key = card.buttons().stream().filter(b -> b.label().equals(buttonLabel)).findFirst().orElseThrow().key();
		int before = said.size();
		listener.onEvent(new InboundEvent.CardAction(user(userId), Conversation.direct(userId), Instant.now(),
				card.cardId(), key, Map.of(), "code-" + UUID.randomUUID()));
		return since(before, userId);
	}

	/** Every card Baton sent the person, oldest first. */
	List<OutboundMessage.Card> cards(String userId) {
		List<OutboundMessage.Card> cards = new ArrayList<>();
		for (Said s : said) {
			if (s.userId().equals(userId) && s.message() instanceof OutboundMessage.Card card) {
				cards.add(card);
			}
		}
		return cards;
	}

	/**
	 * What the card shows in place of its buttons, once updated (by a press or without
	 * one); null while live.
	 */
	String outcomeOf(OutboundMessage.Card card) {
		String outcome = null;
		for (Update u : updates) {
			if (u.cardId().equals(card.cardId())) {
				outcome = u.outcome();
			}
		}
		return outcome;
	}

	OutboundMessage.Card lastCard(String userId) {
		for (int i = said.size() - 1; i >= 0; i--) {
			if (said.get(i).userId().equals(userId) && said.get(i).message() instanceof OutboundMessage.Card card) {
				return card;
			}
		}
		throw new AssertionError("Baton sent " + userId + " no card");
	}

	private List<String> since(int before, String userId) {
		List<String> out = new ArrayList<>();
		for (Said s : said.subList(before, said.size())) {
			if (s.userId().equals(userId)) {
				out.add(s.message().fallbackText());
			}
		}
		return out;
	}

	private static ChatUser user(String userId) {
		return new ChatUser(Platform.WEB, CORP, userId);
	}

	@Override
	public Platform id() {
		return Platform.WEB;
	}

	@Override
	public boolean serves(String corpId) {
		return CORP.equals(corpId);
	}

	@Override
	public int maxUsersPerCall() {
		return 1;
	}

	@Override
	public SendResult send(Target target, OutboundMessage message) {
		String to = target instanceof Target.Users users ? users.userIds().get(0)
				: "group:" + ((Target.Group) target).groupId();
		said.add(new Said(to, message));
		return SendResult.delivered("s" + said.size());
	}

	@Override
	public void updateCard(InboundEvent.CardAction pressed, String outcome) {
		updates.add(new Update(pressed.cardId(), outcome));
	}

	/**
	 * Like the web chat, the adapter can show an outcome on a card that was not pressed.
	 */
	public boolean updateSentCard(dev.baton.integrations.chat.SentCard card, String outcome) {
		updates.add(new Update(card.cardId(), outcome));
		return true;
	}

}
