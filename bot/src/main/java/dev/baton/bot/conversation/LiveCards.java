package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.access.Actors;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.SendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One action, one outcome, whichever way it came. The cards Baton sends 1:1 are kept
 * until the action each asks for is taken; after every turn about a handover its live
 * cards are checked against the record, and a card whose action was taken (by text, on
 * another copy, by someone else ending the round) is updated to show the outcome where
 * the platform allows it without a press. Each card is decided once, even with several
 * instances.
 */
@Component
class LiveCards {

	private static final Logger log = LoggerFactory.getLogger(LiveCards.class);

	private final ChatCardMapper mapper;

	private final CardOutcomes outcomes;

	private final ChatReplies replies;

	private final HandoverRecords records;

	private final Actors actors;

	private final MessageSource messages;

	private final TimeSource time;

	LiveCards(ChatCardMapper mapper, CardOutcomes outcomes, ChatReplies replies, HandoverRecords records, Actors actors,
			MessageSource messages, TimeSource time) {
		this.mapper = mapper;
		this.outcomes = outcomes;
		this.replies = replies;
		this.records = records;
		this.actors = actors;
		this.messages = messages;
		this.time = time;
	}

	/**
	 * Keeps the cards just sent 1:1 to the official, with what the platform gave back to
	 * update them later and what each proposes (by card id) when its buttons cannot say
	 * it.
	 */
	void sent(long officialId, InboundEvent to, List<ChatReplies.Sent> sent, boolean english,
			java.util.Map<String, String> proposals) {
		if (to.conversation().isGroup()) {
			return;
		}
		java.util.Map<Long, Integer> rounds = new java.util.HashMap<>(); // a turn's cards
																			// are mostly
																			// of one
																			// handover
		for (ChatReplies.Sent s : sent) {
			Cards.Asked asked = Cards.asked(s.card().cardId());
			if (asked == null) {
				continue;
			}
			int round = rounds.computeIfAbsent(asked.handoverId(), id -> records.find(id).reviewRound());
			SendResult result = s.result();
			mapper.insert(new ChatCardMapper.LiveCard(null, s.card().cardId(), officialId,
					to.sender().platform().name(), to.sender().corpId(), to.sender().userId(), asked.handoverId(),
					asked.kind(), asked.item(), round, english, result == null ? null : result.cardResponseCode(),
					proposals.get(s.card().cardId()), null), time.now(), s.card().title());
		}
	}

	/**
	 * The kinds of card that ask one question about one thing (签收, confirm item N, item
	 * N's status, one or two).
	 */
	private static final java.util.Set<String> ASKED_ONCE = java.util.Set.of("ack", "confirm", "status", "split");

	/**
	 * A card that asks what a live card of the person's asks already (same question, same
	 * handover and item, the action not taken) is not sent again (#12, newcomer 9:
	 * "请确认第6项" sent again after each message about something else): the answer says in
	 * one line that the question above still waits. A card the answer begins with (the
	 * item asked for again) and cards that propose words of their own (their words
	 * differ) are always sent, and so is every card in a group.
	 */
	Answer notAgain(long officialId, InboundEvent to, Answer answer, Texts texts) {
		if (to.conversation().isGroup()) {
			return answer;
		}
		List<dev.baton.integrations.chat.OutboundMessage> out = new java.util.ArrayList<>();
		boolean changed = false;
		java.util.Map<Long, List<ChatCardMapper.LiveCard>> live = new java.util.HashMap<>();
		for (dev.baton.integrations.chat.OutboundMessage m : answer.messages()) {
			// a card that is the whole point of the answer (第3项 asked for again) is sent:
			// only one that follows
			// the answer to something else is a question asked again
			Long kept = !out.isEmpty() && m instanceof dev.baton.integrations.chat.OutboundMessage.Card card
					&& !answer.proposals().containsKey(card.cardId()) ? waiting(officialId, to, card, live, texts)
							: null;
			if (kept != null) {
				dev.baton.integrations.chat.OutboundMessage.Card card = (dev.baton.integrations.chat.OutboundMessage.Card) m;
				// said once that it waits, not again on every message (#12, newcomer 14,
				// finding 12)
				boolean once = mapper.remind(kept, time.now()) == 1;
				String line = once ? texts.get("conv.card.stillWaiting", card.title()) : null;
				int before = out.size() - 1;
				if (!once && out.get(before) instanceof dev.baton.integrations.chat.OutboundMessage.Text intro
						&& (intro.text().endsWith("：") || intro.text().endsWith(":"))) {
					// the text shows it ("请先核对这一项，核对后再确认："): the card is the answer
					out.add(m);
					continue;
				}
				int last = out.size() - 1;
				if (last >= 0 && out.get(last) instanceof dev.baton.integrations.chat.OutboundMessage.Text text) {
					// "请点下面卡片上的按钮" said for the card not sent: the card meant is the one
					// above
					Cards.Asked asked = Cards.asked(card.cardId());
					String below = texts.get("conv.next.statusOfThis", asked.item());
					String said = asked.kind().equals("status") && text.text().endsWith(below)
							? text.text().substring(0, text.text().length() - below.length())
									+ texts.get("conv.next.statusOfThisAbove", asked.item())
							: line == null ? text.text() : text.text() + "\n" + line;
					out.set(last, new dev.baton.integrations.chat.OutboundMessage.Text(said));
				}
				else if (line != null) {
					out.add(new dev.baton.integrations.chat.OutboundMessage.Text(line));
				}
				changed = true;
				continue;
			}
			out.add(m);
		}
		return changed ? new Answer(out, answer.next(), answer.proposals()) : answer;
	}

	/**
	 * Whether a live card of the person's, on this account, asks what {@code card} asks
	 * and its action is not taken.
	 */
	private Long waiting(long officialId, InboundEvent to, dev.baton.integrations.chat.OutboundMessage.Card card,
			java.util.Map<Long, List<ChatCardMapper.LiveCard>> live, Texts texts) {
		Cards.Asked asked = Cards.asked(card.cardId());
		if (asked == null || !ASKED_ONCE.contains(asked.kind())) {
			return null;
		}
		for (ChatCardMapper.LiveCard kept : live.computeIfAbsent(asked.handoverId(), mapper::live)) {
			if (kept.officialId() == officialId && kept.kind().equals(asked.kind()) && kept.itemSeq() == asked.item()
					&& kept.platform().equals(to.sender().platform().name())
					&& kept.corpId().equals(to.sender().corpId()) && kept.userId().equals(to.sender().userId())) {
				Handover h = records.find(asked.handoverId());
				if (kept.reviewRound() == h.reviewRound() && outcomes.of(actors.of(officialId), h, kept.kind(),
						kept.itemSeq(), kept.reviewRound(), texts) == null) {
					return kept.id();
				}
			}
		}
		return null;
	}

	/**
	 * The review round a card was sent in, or the handover's current one for a card not
	 * kept.
	 */
	int round(String cardId, long officialId, Handover h) {
		ChatCardMapper.LiveCard card = mapper.find(cardId, officialId);
		return card == null ? h.reviewRound() : card.reviewRound();
	}

	/**
	 * The card as kept (what it proposes, its outcome once decided), or null for a card
	 * not kept.
	 */
	ChatCardMapper.LiveCard find(String cardId, long officialId) {
		return mapper.find(cardId, officialId);
	}

	/**
	 * The pressed card shows its outcome already (the platform updated it with the
	 * press).
	 */
	void decided(String cardId, long officialId, String outcome) {
		ChatCardMapper.LiveCard card = mapper.find(cardId, officialId);
		if (card != null) {
			mapper.decide(card.id(), outcome, time.now());
		}
	}

	/**
	 * The question of the item's live cards of this kind was answered (by text or on one
	 * of them): they show it.
	 */
	void answered(long handoverId, String kind, int item, String outcome) {
		for (ChatCardMapper.LiveCard card : mapper.live(handoverId)) {
			if (card.kind().equals(kind) && card.itemSeq() == item
					&& mapper.decide(card.id(), outcome, time.now()) == 1) {
				show(card, outcome);
			}
		}
	}

	/**
	 * The items whose cards of this kind are still open (no outcome yet), each once, in
	 * the order sent.
	 */
	List<Integer> openItems(long handoverId, String kind) {
		return mapper.live(handoverId)
			.stream()
			.filter(c -> c.kind().equals(kind))
			.map(c -> c.itemSeq())
			.distinct()
			.toList();
	}

	/** The kinds of card that ask a question a no answers (不是 / 都不是 buttons). */
	private static final java.util.Set<String> ASKING = java.util.Set.of("clarify", "step", "rule");

	/**
	 * A no typed to Baton's question (newcomer 20a, finding 10): every open card of the
	 * person's on this account that asks them yes or no about the handover is answered by
	 * it, and shows it, as a press of its 不是 would; a later press is told the card was
	 * answered. One action, one outcome.
	 */
	void declined(long officialId, dev.baton.integrations.chat.ChatUser to, long handoverId) {
		java.util.Set<String> titles = new java.util.LinkedHashSet<>();
		for (boolean english : new boolean[] { false, true }) {
			titles.add(new Texts(messages, english).get("conv.clarify.title"));
		}
		for (ChatCardMapper.LiveCard card : mapper.questions(officialId, to.platform().name(), to.corpId(), to.userId(),
				handoverId, ASKING, titles)) {
			String outcome = new Texts(messages, card.english()).get("conv.card.outcome.no", card.itemSeq());
			if (mapper.decide(card.id(), outcome, time.now()) == 1) {
				show(card, outcome);
			}
		}
	}

	/** Updates every live card of the handover whose action the record shows as taken. */
	void settle(Long handoverId) {
		if (handoverId == null) {
			return;
		}
		List<ChatCardMapper.LiveCard> live = mapper.live(handoverId);
		if (live.isEmpty()) {
			return;
		}
		Handover h = records.find(handoverId);
		for (ChatCardMapper.LiveCard card : live) {
			Texts texts = new Texts(messages, card.english());
			CardOutcomes.Outcome outcome = outcomes.of(actors.of(card.officialId()), h, card.kind(), card.itemSeq(),
					card.reviewRound(), texts);
			if (outcome == null || mapper.decide(card.id(), outcome.onCard(), time.now()) != 1) {
				continue;
			}
			show(card, outcome.onCard());
		}
	}

	/**
	 * On DingTalk and WeCom through the reply lane, after the card itself (WeCom: with
	 * its send's response code).
	 */
	private void show(ChatCardMapper.LiveCard card, String outcome) {
		replies.showOutcome(card, outcome);
	}

}
