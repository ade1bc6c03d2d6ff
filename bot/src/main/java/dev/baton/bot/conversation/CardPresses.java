package dev.baton.bot.conversation;

import java.util.Map;
import java.util.function.BiFunction;

import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.conversation.grammar.AsWritten;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.EditField;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.handover.Handover;
import dev.baton.integrations.chat.InboundEvent;
import org.springframework.stereotype.Component;
import dev.baton.bot.conversation.grammar.CommandParser;

/**
 * A pressed card button is the same as its words: 确认 on item 3's card is "确认 3" about
 * that card's handover. The card is then updated to show the outcome, so it cannot be
 * pressed again. One action has one outcome, whichever way it came: when the record shows
 * the card's action taken already (签收 typed, the item confirmed by text or on another
 * copy, the review round ended by another department's return), the press is answered
 * with what happened and when, the card shows it, and nothing is done or said twice.
 */
@Component
class CardPresses {

	private static final Map<String, Intent> VERBS = Map.ofEntries(Map.entry("confirm", Intent.CONFIRM),
			Map.entry("dispute", Intent.DISPUTE), Map.entry("next", Intent.SKIP), Map.entry("ack", Intent.ACKNOWLEDGE),
			Map.entry("approve", Intent.APPROVE), Map.entry("return", Intent.RETURN),
			Map.entry("confirmall", Intent.CONFIRM_ALL), Map.entry("sign", Intent.SIGN),
			Map.entry("no", Intent.UNKNOWN), Map.entry("rule", Intent.RULE), Map.entry("prog", Intent.PROGRESS),
			Map.entry("ret", Intent.RETURN), Map.entry("disp", Intent.DISPUTE), Map.entry("undo", Intent.UNDO),
			Map.entry("submit", Intent.SUBMIT), Map.entry("reopen", Intent.PROGRESS), Map.entry("fix", Intent.EDIT),
			Map.entry(ResubmitCheck.RESUBMIT, Intent.SUBMIT));

	/**
	 * Buttons whose action is what the card proposes, kept with it: a guessed ruling's
	 * exact words, the note of progress whose step was asked (the button names the step),
	 * a reviewer's words about items read as a return.
	 */
	private static final java.util.Set<String> PROPOSING = java.util.Set.of("rule", "prog", "ret", "disp", "reopen",
			"fix");

	/** Buttons about the whole handover, not one item. */
	private static final java.util.Set<Intent> WHOLE = java.util.EnumSet.of(Intent.SKIP, Intent.ACKNOWLEDGE,
			Intent.APPROVE, Intent.RETURN, Intent.CONFIRM_ALL, Intent.SIGN, Intent.SUBMIT);

	private final ChatReplies replies;

	private final CardOutcomes outcomes;

	private final LiveCards cards;

	private final java.util.function.Function<String, Command> parse;

	private final TwoFiguresQuestion twoFigures;

	private final ReviewQuestionFlow questions;

	CardPresses(ChatReplies replies, CardOutcomes outcomes, LiveCards cards, CommandParser parser,
			dev.baton.bot.system.TimeSource time, TwoFiguresQuestion twoFigures, ReviewQuestionFlow questions) {
		this.questions = questions;
		this.replies = replies;
		this.outcomes = outcomes;
		this.cards = cards;
		this.parse = text -> parser.parse(text, time.today());
		this.twoFigures = twoFigures;
	}

	/** The answers to "是两项吗？": 记为两项, 记为一项. */
	private static final java.util.Set<String> SPLITS = java.util.Set.of("split", "keep");

	Answer onPress(Actor actor, InboundEvent.CardAction pressed, DialogState dialog, Texts texts,
			BiFunction<Turn, Command, Answer> route, Focus focus) {
		Cards.Pressed p = Cards.read(pressed.action());
		if (p == null || !VERBS.containsKey(p.verb()) && !StatusQuestion.VERBS.containsKey(p.verb())
				&& !SPLITS.contains(p.verb()) && !p.verb().equals(OwedElsewhere.VERB)
				&& !ReturnAnswerQuestion.VERBS.contains(p.verb()) && !p.verb().equals(ResubmitCheck.HOLD)
				&& !p.verb().equals(ReviewQuestionFlow.ASK) && !p.verb().equals(ReviewQuestionFlow.ANSWER)) {
			return Answer.say(texts.get("conv.card.unknown"), dialog);
		}
		Handover h = focus.of(actor, dialog.focus(p.handoverId()));
		long official = actor.officialId() == null ? -1 : actor.officialId();
		if (h == null || h.id() != p.handoverId()) {
			// a card whose handover ended or passed to others (cancelled, the successor
			// changed): what came of it, once (#12)
			ChatCardMapper.LiveCard kept = cards.find(pressed.cardId(), official);
			if (kept != null && kept.outcome() != null) {
				show(pressed, official, kept.outcome());
				return Answer.say(texts.get("conv.card.earlier.decided", kept.outcome()), dialog);
			}
			return Answer.say(texts.get("conv.switch.unknown", p.handoverId()), dialog);
		}
		// whatever the press answers is about its handover (newcomer 22, finding 14)
		return pressedOn(actor, pressed, dialog, texts, route, p, h, official).on(h.id());
	}

	private Answer pressedOn(Actor actor, InboundEvent.CardAction pressed, DialogState dialog, Texts texts,
			BiFunction<Turn, Command, Answer> route, Cards.Pressed p, Handover h, long official) {
		if (p.verb().equals("no")) { // 不是, to "您是要确认第3项吗？": nothing is done, and the card
										// is answered
			ChatCardMapper.LiveCard kept = cards.find(pressed.cardId(), official);
			if (kept != null && kept.outcome() != null) {
				// answered already, by a no typed or a press (newcomer 20a, finding 10):
				// said once, not again
				show(pressed, official, kept.outcome());
				return Answer.say(texts.get("conv.card.earlier.decided", kept.outcome()), dialog.focus(h.id()));
			}
			String declined = texts.get("conv.card.outcome.no", p.item());
			show(pressed, official, declined);
			cards.decided(pressed.cardId(), official, declined);
			// said as a typed no is, with what the person can do now (#12, newcomer 8,
			// finding 8)
			Command no = new Command(Intent.DISPUTE, null, null, null, null, null, null, null, null, null, false,
					pressed.action());
			return route.apply(new Turn(actor, h, dialog.focus(h.id()).clarifying(Intent.CONFIRM, p.item()), texts),
					no);
		}
		if (p.verb().equals(OwedElsewhere.VERB)) {
			// "这条说的是哪项交接？": the words as said, about the handover picked (newcomer 10)
			Answer refused = proposalRefused(pressed, official, texts, dialog);
			if (refused != null) {
				return refused;
			}
			String words = cards.find(pressed.cardId(), official).proposal();
			Command said = parse.apply(words);
			String outcome = texts.get("conv.owed.outcome", h.id());
			show(pressed, official, outcome);
			cards.decided(pressed.cardId(), official, outcome);
			return route.apply(new Turn(actor, h, dialog.focus(h.id()).onItem(null).inSection(null), texts, words),
					said);
		}
		Intent intent = VERBS.getOrDefault(p.verb(), Intent.EDIT);
		DialogState focused = dialog.focus(h.id()).onItem(p.item());
		Cards.Asked asked = Cards.asked(pressed.cardId());
		if (intent != Intent.SKIP && asked != null) {
			CardOutcomes.Outcome earlier = outcomes.of(actor, h, asked.kind(), asked.item(),
					cards.round(pressed.cardId(), official, h), texts);
			if (earlier != null) {
				show(pressed, official, earlier.onCard());
				cards.decided(pressed.cardId(), official, earlier.onCard());
				return Answer.say(earlier.said(), focused);
			}
		}
		if (p.verb().equals("undo")) {
			// 撤销 asked about (newcomer 7): once only, or a second press would take back
			// an older entry unasked
			ChatCardMapper.LiveCard kept = cards.find(pressed.cardId(), official);
			if (kept != null && kept.outcome() != null) {
				show(pressed, official, kept.outcome());
				return Answer.say(texts.get("conv.card.earlier.decided", kept.outcome()), focused);
			}
		}
		if (p.verb().equals(ReviewQuestionFlow.ASK) || p.verb().equals(ReviewQuestionFlow.ANSWER)) {
			// 只提问（不退回）, or 记为第N项答复 (t19a): the words kept with the card
			Answer refused = proposalRefused(pressed, official, texts, focused);
			if (refused != null) {
				return refused;
			}
			String words = cards.find(pressed.cardId(), official).proposal();
			// kept as written: read again as the grammar reads it, stored as written
			// (#12)
			Turn turn = new Turn(actor, h, focused, texts, words);
			String read = AsWritten.normalized(words);
			Answer answer = p.verb().equals(ReviewQuestionFlow.ASK) ? questions.ask(turn, read)
					: questions.answer(turn, p.item(), read);
			String outcome = texts.get("conv.card.outcome." + p.verb(), p.item());
			show(pressed, official, outcome);
			cards.decided(pressed.cardId(), official, outcome);
			return answer;
		}
		if (p.verb().equals(ResubmitCheck.HOLD)) {
			// 先不送审 (t19a): nothing done
			String outcome = texts.get("conv.card.outcome.hold");
			show(pressed, official, outcome);
			cards.decided(pressed.cardId(), official, outcome);
			return ResubmitCheck.held(new Turn(actor, h, focused, texts), p.item());
		}
		if (SPLITS.contains(p.verb())) {
			ChatCardMapper.LiveCard kept = cards.find(pressed.cardId(), official);
			if (kept != null && kept.outcome() != null) { // answered already, by text or
															// a press: nothing twice
				show(pressed, official, kept.outcome());
				return Answer.say(texts.get("conv.card.earlier.decided", kept.outcome()), focused);
			}
			String outcome = texts.get("conv.card.outcome." + p.verb(), p.item());
			show(pressed, official, outcome);
			cards.decided(pressed.cardId(), official, outcome);
			return twoFigures.answered(new Turn(actor, h, focused, texts), p.item(), p.verb().equals("split"));
		}
		if (ReturnAnswerQuestion.VERBS.contains(p.verb())) {
			// 这是对第6项退回意见的答复吗？: the words kept with the card, as 第6项补充：… or 添加 … typed
			Answer refused = proposalRefused(pressed, official, texts, focused);
			if (refused != null) {
				return refused;
			}
			String words = cards.find(pressed.cardId(), official).proposal();
			String outcome = texts.get("conv.card.outcome." + p.verb(), p.item());
			String typed = p.verb().equals(ReturnAnswerQuestion.SUPPLEMENT) ? "第" + p.item() + "项补充：" + words
					: "添加 " + words;
			Answer answer = p.verb().equals(ReturnAnswerQuestion.DROP)
					? Answer.say(texts.get(asked != null && asked.kind().equals(StrayMessage.KIND)
							? "conv.strayItem.dropped" : "conv.returnAnswer.dropped"), dialog.focus(h.id()))
					: route.apply(new Turn(actor, h, focused, texts, typed), parse.apply(typed));
			show(pressed, official, outcome);
			cards.decided(pressed.cardId(), official, outcome);
			return answer;
		}
		if (PROPOSING.contains(p.verb())) {
			Answer refused = proposalRefused(pressed, official, texts, focused);
			if (refused != null) {
				return refused;
			}
			Command proposed = proposed(p, cards.find(pressed.cardId(), official).proposal());
			if (proposed == null) {
				return Answer.say(texts.get("conv.card.proposalLost"), focused);
			}
			// the words kept as written, so what is stored is as the person wrote it
			// (#12)
			String kept = cards.find(pressed.cardId(), official).proposal();
			Answer answer = route.apply(new Turn(actor, h, focused, texts, kept), proposed);
			// a step chosen for words that said it is done says it was recorded done
			String verb = p.verb().equals("prog") && proposed.finished() ? "progDone" : p.verb();
			String outcome = texts.get("conv.card.outcome." + verb,
					p.step() == null ? String.valueOf(p.item()) : p.item() + "." + p.step());
			show(pressed, official, outcome);
			cards.decided(pressed.cardId(), official, outcome);
			return answer;
		}
		ItemStatus status = StatusQuestion.VERBS.get(p.verb()); // the status card:
																// "第N项状态改为…"
		Command command = new Command(intent, WHOLE.contains(intent) ? null : p.item(), null,
				status == null ? null : EditField.STATUS, null, null, null, status, null, null, false,
				pressed.action());
		Answer answer = route.apply(new Turn(actor, h, focused, texts), command);
		String outcome = texts.get("conv.card.outcome." + p.verb(), p.item());
		show(pressed, official, outcome);
		cards.decided(pressed.cardId(), official, outcome);
		return answer;
	}

	/**
	 * The card shows the outcome: updated with the press, or, for a yes typed to its
	 * question, as a card shows an action taken another way.
	 */
	private void show(InboundEvent.CardAction pressed, long official, String outcome) {
		if (!OpenCards.typed(pressed)) {
			replies.updateCard(pressed, outcome);
			return;
		}
		ChatCardMapper.LiveCard kept = cards.find(pressed.cardId(), official);
		if (kept != null && kept.outcome() == null) {
			replies.showOutcome(kept, outcome);
		}
	}

	/**
	 * A card whose action is what it proposes, answered already (不是, or pressed before):
	 * nothing is done twice; one no longer kept: nothing is done on a guess. Null when
	 * the press may go on.
	 */
	private Answer proposalRefused(InboundEvent.CardAction pressed, long official, Texts texts, DialogState focused) {
		ChatCardMapper.LiveCard kept = cards.find(pressed.cardId(), official);
		if (kept != null && kept.outcome() != null) {
			show(pressed, official, kept.outcome());
			return Answer.say(texts.get("conv.card.earlier.decided", kept.outcome()), focused);
		}
		return kept == null || kept.proposal() == null ? Answer.say(texts.get("conv.card.proposalLost"), focused)
				: null;
	}

	/**
	 * What the card proposed, read again as said for certain: the exact words of the
	 * ruling on the card's item or of the return on the items it names, or the progress
	 * note on the step the button names.
	 */
	private Command proposed(Cards.Pressed p, String words) {
		if (p.verb().equals("prog")) {
			ProgressNote note = ProgressNote.read(words);
			return p.step() == null || note == null ? null
					: new Command(Intent.PROGRESS, p.item(), AsWritten.normalized(note.note()), null, null, null, null,
							null, null, null, note.finished(), words, null, null, false, false, p.step());
		}
		Command c = parse.apply(words);
		if (p.verb().equals("ret")) { // the items are in the words ("退回 请核实第3项的金额")
			return c.intent() == Intent.RETURN && !c.tentative() ? c : null;
		}
		if (p.verb().equals("disp")) { // a reason that named another item: a dispute of
										// that item, the words its reason
			return c.intent() == Intent.DISPUTE && c.number() != null && c.number() == p.item() && c.hasText() ? c
					: null;
		}
		if (p.verb().equals("reopen")) { // a step reported done taken back in words
											// (t19b)
			return c.intent() == Intent.PROGRESS && c.number() != null && c.number() == p.item()
					&& java.util.Objects.equals(c.step(), p.step()) && c.hasText() ? c : null;
		}
		if (p.verb().equals("fix")) { // the item just recorded, a field put right in
										// words (t19b)
			return c.intent() == Intent.EDIT && c.number() != null && c.number() == p.item() && c.field() != null ? c
					: null;
		}
		boolean same = c.intent() == Intent.RULE && c.number() != null && c.number() == p.item() && !c.tentative();
		return same ? c : null;
	}

}
