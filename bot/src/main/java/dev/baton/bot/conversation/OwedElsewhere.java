package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.access.Actor;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * A message that acts on a step of the person's ("看过了，通过", "确认 3", "签收", "裁定 4 …") while
 * the handover in focus has no such step waiting on them (#12, newcomer 10, item 12: a
 * reviewer's 通过 was answered about the newest handover, where they had nothing to do,
 * although their one review waited in another): when exactly one other handover has one,
 * the message is about that one, and the answer says so; when several have, which is
 * asked with a card listing them, and nothing is done until the person picks one.
 * Otherwise the focus stands.
 */
@Component
class OwedElsewhere {

	/**
	 * The verb of the buttons of the card that asks which handover:
	 * {@code in:<handover>:0}.
	 */
	static final String VERB = "in";

	/** At most this many handovers are offered on the card (a card has few buttons). */
	static final int OFFERED = 5;

	/**
	 * Words whose meaning depends on the step in focus (a yes, a no, 本部分无), unlike 裁定, 签字
	 * or 退回.
	 */
	private static final Set<dev.baton.bot.conversation.grammar.Intent> READ_IN_CONTEXT = java.util.EnumSet.of(
			dev.baton.bot.conversation.grammar.Intent.APPROVE, dev.baton.bot.conversation.grammar.Intent.CONFIRM,
			dev.baton.bot.conversation.grammar.Intent.CONFIRM_ALL, dev.baton.bot.conversation.grammar.Intent.DISPUTE,
			dev.baton.bot.conversation.grammar.Intent.NONE_IN_SECTION);

	private final OwedSteps owed;

	private final HandoverRecords records;

	private final HandoverService handovers;

	OwedElsewhere(OwedSteps owed, HandoverRecords records, HandoverService handovers) {
		this.owed = owed;
		this.records = records;
		this.handovers = handovers;
	}

	/**
	 * Where the message goes.
	 *
	 * @param moved the handover it is about instead of the one in focus (null: the focus
	 * stands)
	 * @param ask the card asking which, when several could be meant (null otherwise)
	 */
	record Choice(Handover moved, Answer ask) {

		static final Choice STAY = new Choice(null, null);

	}

	Choice of(Actor actor, Command c, Handover current, DialogState dialog, Texts t) {
		Set<WaitingStepKind> kinds = OwedSteps.actsOn(c.intent());
		if (kinds.isEmpty() || dialog.pending() != DialogState.Pending.NONE) {
			return Choice.STAY; // an answer to what Baton asked is about the handover
								// that asked it
		}
		Map<Long, List<OpenStep>> mine = owed.of(actor);
		List<Long> candidates = OwedSteps.with(mine, kinds);
		if (candidates.isEmpty() || current != null && candidates.contains(current.id())) {
			return Choice.STAY;
		}
		if (current != null && READ_IN_CONTEXT.contains(c.intent()) && c.number() == null
				&& mine.containsKey(current.id())) {
			// "好的" / "不对" without an item mean what the step in focus makes them mean
			// ("收到，确认" before 签收, "不对，
			// 我是要改名字" while filling in): only when nothing waits on the person there are
			// they taken elsewhere
			return Choice.STAY;
		}
		if (candidates.size() == 1) {
			return new Choice(records.find(candidates.get(0)), null);
		}
		return new Choice(null, ask(c, current, candidates, mine, dialog, t));
	}

	/**
	 * The line that heads the answer about the handover the message was taken to be
	 * about.
	 */
	String movedLine(Texts t, Handover from, Handover to) {
		return from == null ? t.get("conv.owed.moved", to.id()) : t.get("conv.owed.movedFrom", to.id(), from.id());
	}

	private Answer ask(Command c, Handover current, List<Long> candidates, Map<Long, List<OpenStep>> mine,
			DialogState dialog, Texts t) {
		List<String> lines = new ArrayList<>();
		List<OutboundMessage.Button> buttons = new ArrayList<>();
		for (long id : candidates.subList(0, Math.min(OFFERED, candidates.size()))) {
			OpenStep s = mine.get(id).get(0);
			String what = Titles.step(t, s.kind(), s.subject(), s.itemSeq(), s.stepSeq(), s.stepDescription());
			lines.add(t.get("conv.owed.line", Titles.tag(t, handovers.brief(id)), what, s.dueOn().toString()));
			buttons.add(new OutboundMessage.Button(t.get("conv.owed.button", id), Cards.action(VERB, id, 0)));
		}
		String said = c.raw() == null ? "" : c.raw().strip();
		String here = current == null ? "" : t.get("conv.owed.notHere", current.id());
		String question = t.get("conv.owed.which", said, here, String.join("\n", lines));
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id(VERB, candidates.get(0), 0),
				t.get("conv.owed.title"), question, buttons, question + "\n" + t.get("conv.owed.fallback"));
		return new Answer(List.of(card), dialog, Map.of(card.cardId(), said));
	}

}
