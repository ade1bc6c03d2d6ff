package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * The successor goes through the items one at a time: each is shown with 确认 / 有异议 / 下一个
 * buttons (and the same words work as text); "好的" confirms the item shown, "不对" asks for
 * the reason, and the next pending item follows. A yes counts only for an item put to
 * them: with none shown yet (the first message, a lost dialog) {@link Reading} has the
 * first pending item shown instead ({@link #showFirst}); "确认 3" and "全部确认" name what they
 * confirm.
 */
@Component
class ConfirmFlow {

	private final ConfirmationService confirmation;

	private final Checklists checklists;

	private final ItemNotes notes;

	private final dev.baton.bot.handover.HandoverRecords records;

	private final LiveCards cards;

	ConfirmFlow(ConfirmationService confirmation, Checklists checklists, ItemNotes notes,
			dev.baton.bot.handover.HandoverRecords records, LiveCards cards) {
		this.records = records;
		this.cards = cards;
		this.confirmation = confirmation;
		this.checklists = checklists;
		this.notes = notes;
	}

	Answer confirm(Turn turn, Integer number) {
		Integer seq = number != null ? number : focused(turn);
		if (seq == null) {
			return turn.say("conv.confirm.nothingPending");
		}
		Item confirmed = confirmation.confirm(turn.actor(), turn.handover().id(), seq);
		return nextPending(turn, turn.texts().get("conv.confirm.done", seq, confirmed.title()), afterActing(turn, seq));
	}

	/**
	 * 第2到第6项都没问题 (newcomer 23, finding 6): each item of the range still to confirm is
	 * confirmed, one by one as 确认 N would; those settled already are left as they are. An
	 * item the checklist does not have is refused before anything is done.
	 */
	Answer confirmRange(Turn turn, int from, int to) {
		long h = turn.handover().id();
		List<Integer> open = new java.util.ArrayList<>();
		for (int seq = from; seq <= to; seq++) {
			if (checklists.item(h, seq).confirmation() == Confirmation.PENDING) {
				open.add(seq);
			}
		}
		for (int seq : open) {
			confirmation.confirm(turn.actor(), h, seq);
		}
		String lead = open.isEmpty() ? turn.texts().get("conv.confirm.range.none", from, to)
				: turn.texts().get("conv.confirm.range", from, to, open.size());
		return nextPending(turn, lead, null);
	}

	Answer confirmAll(Turn turn) {
		int count = confirmation.confirmAllPending(turn.actor(), turn.handover().id());
		return nextPending(turn, turn.texts().get("conv.confirm.all", count), null);
	}

	Answer dispute(Turn turn, Integer number, String reason) {
		Integer seq = number != null ? number : focused(turn);
		if (seq == null) {
			return turn.say("conv.confirm.nothingPending");
		}
		if (reason == null || reason.isBlank()) {
			// an unknown item is refused before asking; the example is in the item's own
			// figure (a headcount in 人, never 元: #12, newcomer 11, finding 3)
			Item item = checklists.item(turn.handover().id(), seq);
			return turn.say(turn.dialog().asking(DialogState.Pending.DISPUTE_REASON, seq), "conv.dispute.askReason",
					seq, item.title(), DisputeWords.example(turn.texts(), item, null));
		}
		reason = turn.asWritten(reason);
		Item disputed = confirmation.dispute(turn.actor(), turn.handover().id(), seq, reason);
		return nextPending(turn,
				turn.texts().get("conv.dispute.done", seq, reason.strip(), ruler(turn), disputed.title()),
				afterActing(turn, seq));
	}

	/**
	 * The department that rules on disputes: the one the handover's policy names (审计 in
	 * the seeds, not always).
	 */
	private String ruler(Turn turn) {
		return turn.texts().get("label." + records.policy(turn.handover()).disputeRuler().name());
	}

	/**
	 * Where the next card starts after acting on item {@code seq}: past it when it was
	 * the item in focus and no card of an earlier item still waits; when it was another
	 * (第8项 disputed with item 2's card open, #12 newcomer 8, finding 6), or an earlier
	 * item's card is still open (item 11 shown and disputed while item 5's card waited:
	 * newcomer 20a, finding 8), back to the first item still to confirm, so no item is
	 * skipped and no second card is left open beside it.
	 */
	private Integer afterActing(Turn turn, int seq) {
		Integer focus = turn.dialog().item();
		if (focus != null && focus != seq) {
			return null;
		}
		java.util.Set<Integer> pending = new java.util.HashSet<>();
		checklists.items(turn.handover().id())
			.stream()
			.filter(i -> i.confirmation() == Confirmation.PENDING)
			.forEach(i -> pending.add(i.seq()));
		boolean earlierWaits = cards.openItems(turn.handover().id(), "confirm")
			.stream()
			.anyMatch(i -> i < seq && pending.contains(i));
		return earlierWaits ? null : Integer.valueOf(seq);
	}

	/**
	 * Shows the item after {@code after} that is still pending (or the first), or says
	 * all are settled.
	 */
	Answer nextPending(Turn turn, String lead, Integer after) {
		List<Item> pending = checklists.items(turn.handover().id())
			.stream()
			.filter(i -> i.confirmation() == Confirmation.PENDING)
			.toList();
		if (pending.isEmpty()) {
			String key = checklists.items(turn.handover().id())
				.stream()
				.anyMatch(i -> i.confirmation() == Confirmation.DISPUTED) ? "conv.confirm.waitRuling"
						: "conv.confirm.allSettled";
			return Answer.say(lead + "\n" + turn.texts().get(key, ruler(turn)), turn.dialog().onItem(null));
		}
		Item next = pending.stream().filter(i -> after == null || i.seq() > after).findFirst().orElse(pending.get(0));
		return show(turn, lead, next);
	}

	Answer show(Turn turn, String lead, Item item) {
		Texts t = turn.texts();
		String body = ItemLines.item(t, item, notes.of(turn.handover(), t, item.id()),
				notes.firstRecorded(turn.handover(), item.id()));
		DialogState next = turn.dialog().onItem(item.seq());
		if (turn.departing() && turn.handover().state() == HandoverState.DRAFTING) {
			// the item in focus: what the departing official can do with it, an answer to
			// a return above all
			return Answer.say(
					(lead == null ? "" : lead + "\n\n") + body + "\n"
							+ t.get("conv.item.draftingHint", item.seq(), t.evidence("conv.evidence", item.seq())),
					next);
		}
		if (!turn.successor() || turn.handover().state() != HandoverState.CONFIRMING
				|| item.confirmation() != Confirmation.PENDING) {
			return Answer.say((lead == null ? "" : lead + "\n\n") + body, next);
		}
		long h = turn.handover().id();
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("confirm", h, item.seq()),
				t.get("conv.confirm.cardTitle", item.seq()), body,
				List.of(new OutboundMessage.Button(t.get("conv.button.confirm"),
						Cards.action("confirm", h, item.seq())),
						new OutboundMessage.Button(t.get("conv.button.dispute"),
								Cards.action("dispute", h, item.seq())),
						new OutboundMessage.Button(t.get("conv.button.next"), Cards.action("next", h, item.seq()))),
				body + "\n" + t.get("conv.confirm.textFallback", item.seq()));
		List<OutboundMessage> messages = lead == null ? List.of(card) : List.of(new OutboundMessage.Text(lead), card);
		return new Answer(messages, next);
	}

	/**
	 * The first item still to confirm, shown to the successor before any yes counts for
	 * it (#12 finding 10): after 清单, on a first 好的 / 确认 / 不对 with no item put to them
	 * yet.
	 */
	Answer showFirst(Turn turn) {
		Item first = firstPending(turn);
		if (first == null) {
			return nextPending(turn, turn.texts().get("conv.confirm.nothingPending"), null);
		}
		return show(turn, turn.texts().get("conv.confirm.lookFirst"), first);
	}

	/** {@code answer} (the list), then the card of the first item still to confirm. */
	Answer withFirst(Turn turn, Answer answer) {
		Item first = firstPending(turn);
		if (first == null) {
			return answer;
		}
		Answer card = show(turn, null, first);
		List<OutboundMessage> messages = new java.util.ArrayList<>(answer.messages());
		messages.addAll(card.messages());
		return new Answer(messages, card.next());
	}

	private Item firstPending(Turn turn) {
		return checklists.items(turn.handover().id())
			.stream()
			.filter(i -> i.confirmation() == Confirmation.PENDING)
			.findFirst()
			.orElse(null);
	}

	Item item(Turn turn, int seq) {
		return checklists.item(turn.handover().id(), seq);
	}

	/** Moves the focus past the item in focus to the next pending one. */
	Answer skip(Turn turn) {
		return nextPending(turn, null, focused(turn));
	}

	private Integer focused(Turn turn) {
		if (turn.dialog().item() != null) {
			return turn.dialog().item();
		}
		return checklists.items(turn.handover().id())
			.stream()
			.filter(i -> i.confirmation() == Confirmation.PENDING)
			.map(Item::seq)
			.findFirst()
			.orElse(null);
	}

}
