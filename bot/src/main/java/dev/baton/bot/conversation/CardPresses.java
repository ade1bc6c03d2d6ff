package dev.baton.bot.conversation;

import java.util.Map;
import java.util.function.BiFunction;

import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.EditField;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.handover.Handover;
import dev.baton.integrations.chat.InboundEvent;

/**
 * A pressed card button is the same as its words: 确认 on item 3's card is "确认 3" about that card's handover. The
 * card is then updated to show the outcome, so it cannot be pressed again. One action has one outcome, whichever way
 * it came: when the record shows the card's action taken already (签收 typed, the item confirmed by text or on
 * another copy, the review round ended by another department's return), the press is answered with what happened
 * and when, the card shows it, and nothing is done or said twice.
 */
class CardPresses {

	private static final Map<String, Intent> VERBS = Map.of("confirm", Intent.CONFIRM, "dispute", Intent.DISPUTE,
			"next", Intent.SKIP, "ack", Intent.ACKNOWLEDGE, "approve", Intent.APPROVE, "return", Intent.RETURN,
			"confirmall", Intent.CONFIRM_ALL, "sign", Intent.SIGN, "no", Intent.UNKNOWN);

	/** Buttons about the whole handover, not one item. */
	private static final java.util.Set<Intent> WHOLE = java.util.EnumSet.of(Intent.SKIP, Intent.ACKNOWLEDGE,
			Intent.APPROVE, Intent.RETURN, Intent.CONFIRM_ALL, Intent.SIGN);

	private final ChatReplies replies;

	private final CardOutcomes outcomes;

	private final LiveCards cards;

	CardPresses(ChatReplies replies, CardOutcomes outcomes, LiveCards cards) {
		this.replies = replies;
		this.outcomes = outcomes;
		this.cards = cards;
	}

	Answer onPress(Actor actor, InboundEvent.CardAction pressed, DialogState dialog, Texts texts,
			BiFunction<Turn, Command, Answer> route, Focus focus) {
		Cards.Pressed p = Cards.read(pressed.action());
		if (p == null || !VERBS.containsKey(p.verb()) && !StatusQuestion.VERBS.containsKey(p.verb())) {
			return Answer.say(texts.get("conv.card.unknown"), dialog);
		}
		Handover h = focus.of(actor, dialog.focus(p.handoverId()));
		if (h == null || h.id() != p.handoverId()) {
			return Answer.say(texts.get("conv.switch.unknown", p.handoverId()), dialog);
		}
		if (p.verb().equals("no")) { // 不是, to "您是要确认第3项吗？": nothing is done
			replies.updateCard(pressed, texts.get("conv.card.outcome.no", p.item()));
			return Answer.say(texts.get("conv.clarify.declined"), dialog.answered());
		}
		Intent intent = VERBS.getOrDefault(p.verb(), Intent.EDIT);
		DialogState focused = dialog.focus(h.id()).onItem(p.item());
		long official = actor.officialId() == null ? -1 : actor.officialId();
		Cards.Asked asked = Cards.asked(pressed.cardId());
		if (intent != Intent.SKIP && asked != null) {
			CardOutcomes.Outcome earlier = outcomes.of(actor, h, asked.kind(), asked.item(),
					cards.round(pressed.cardId(), official, h), texts);
			if (earlier != null) {
				replies.updateCard(pressed, earlier.onCard());
				cards.decided(pressed.cardId(), official, earlier.onCard());
				return Answer.say(earlier.said(), focused);
			}
		}
		ItemStatus status = StatusQuestion.VERBS.get(p.verb()); // the status card: "第N项状态改为…"
		Command command = new Command(intent, WHOLE.contains(intent) ? null : p.item(), null,
				status == null ? null : EditField.STATUS, null, null, null, status, null, null, false, pressed.action());
		Answer answer = route.apply(new Turn(actor, h, focused, texts), command);
		String outcome = texts.get("conv.card.outcome." + p.verb(), p.item());
		replies.updateCard(pressed, outcome);
		cards.decided(pressed.cardId(), official, outcome);
		return answer;
	}

}
