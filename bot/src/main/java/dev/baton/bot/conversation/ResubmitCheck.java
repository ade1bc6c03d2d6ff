package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverState;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * 重新送审 after items were added since the return (#12, newcomer 16: 「合同是2024年签的…」, the
 * answer to a return recorded as item 9, went with 「改好了，重新送审」 into the next round
 * unremarked): before resubmitting, how many items were added since and which (第9项「…」),
 * how to withdraw one (删除第9项), and a card 仍然送审 / 先不送审. A press of 仍然送审, or a yes typed to
 * it, resubmits.
 */
@Component
class ResubmitCheck {

	/** Card kind and the button that resubmits. */
	static final String RESUBMIT = "resub";

	/** 先不送审: nothing is done; the card's item is the first item added. */
	static final String HOLD = "hold";

	private final Checklists checklists;

	ResubmitCheck(Checklists checklists) {
		this.checklists = checklists;
	}

	/**
	 * The card asking first, or null when the checklist may go at once: not the departing
	 * official resubmitting after a return, nothing added since, or the command is the
	 * card's own 仍然送审.
	 */
	Answer askFirst(Turn turn, Command c) {
		Handover h = turn.handover();
		if (!turn.departing() || h.state() != HandoverState.DRAFTING || h.reviewRound() < 1
				|| pressedResubmit(c, h.id())) {
			return null;
		}
		List<Item> added = checklists.addedInRound(h.id(), h.reviewRound());
		if (added.isEmpty()) {
			return null;
		}
		Texts t = turn.texts();
		String named = String.join(t.english() ? "; " : "、",
				added.stream().map(i -> t.get("conv.resubmitAdded.item", i.seq(), i.title())).toList());
		int first = added.get(0).seq();
		String question = t.get("conv.resubmitAdded.ask", added.size(), named, first);
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id(RESUBMIT, h.id(), 0),
				t.get("conv.resubmitAdded.title", added.size()), question,
				List.of(new OutboundMessage.Button(t.get("conv.resubmitAdded.send"), Cards.action(RESUBMIT, h.id(), 0)),
						new OutboundMessage.Button(t.get("conv.resubmitAdded.hold"),
								Cards.action(HOLD, h.id(), first))),
				question + "\n" + t.get("conv.resubmitAdded.textFallback", first));
		return Answer.proposing(card, t.english() ? "resubmit" : "重新送审",
				turn.dialog().proposing(Intent.SUBMIT, null, t.english() ? "resubmit" : "重新送审"));
	}

	/** 先不送审 pressed: nothing is done, how to withdraw an item and resubmit is said. */
	static Answer held(Turn turn, int firstAdded) {
		return turn.say(turn.dialog().answered(), "conv.resubmitAdded.held", firstAdded);
	}

	private static boolean pressedResubmit(Command c, long handoverId) {
		Cards.Pressed p = c.raw() == null ? null : Cards.read(c.raw());
		return p != null && p.verb().equals(RESUBMIT) && p.handoverId() == handoverId;
	}

}
