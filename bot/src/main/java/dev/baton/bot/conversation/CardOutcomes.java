package dev.baton.bot.conversation;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.review.ReviewDecision;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Component;

/**
 * What came of the action a card asks for, read from the record, whichever way it was
 * taken (a press, text, another copy of the card, the API): the few words the card then
 * shows, and what a later press (or the same words typed again) is answered with instead
 * of doing it twice. Null while the action is still to be taken.
 */
@Component
class CardOutcomes {

	/**
	 * @param onCard what the card shows in place of its buttons
	 * @param said the answer to a press of it (or to the same action typed again)
	 */
	record Outcome(String onCard, String said) {
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Checklists checklists;

	private final ReviewService reviews;

	private final HandoverRecords records;

	private final TimeSource time;

	private final dev.baton.bot.signoff.SignoffService signoff;

	CardOutcomes(Checklists checklists, ReviewService reviews, HandoverRecords records, TimeSource time,
			dev.baton.bot.signoff.SignoffService signoff) {
		this.signoff = signoff;
		this.time = time;
		this.checklists = checklists;
		this.reviews = reviews;
		this.records = records;
	}

	/**
	 * @param kind what the card asks for: ack, confirm, review
	 * @param item the item of a confirm card
	 * @param round the review round the card was sent in
	 */
	Outcome of(Actor actor, Handover h, String kind, int item, int round, Texts t) {
		if (kind.equals("confirm") && actor.officialId() != null && actor.officialId() != h.successorId()
				&& h.state().active()) {
			// the successor was changed (console, API): the card of the one who was is
			// over
			return new Outcome(t.get("conv.card.outcome.successorChanged"),
					t.get("conv.card.earlier.successorChanged", h.id()));
		}
		Outcome outcome = switch (kind) {
			case "ack" -> h.acknowledgedAt() == null ? null : new Outcome(t.get("conv.card.outcome.ack"),
					t.get("conv.card.earlier.ack", when(h.acknowledgedAt())));
			case "confirm" -> confirmed(h, item, t);
			case "rule" -> ruled(h, item, t);
			case "review" -> reviewed(actor, h, round, t);
			case "status" -> statusSaid(h, item, t);
			case "sign" ->
				h.state() == HandoverState.SIGNING && actor.officialId() != null && !signoff.awaits(actor, h.id())
						? new Outcome(t.get("conv.card.outcome.signed"), t.get("conv.card.earlier.signed", h.id()))
						: null;
			default -> null;
		};
		if (outcome != null || stillAsked(h, kind, round)) {
			return outcome;
		}
		String state = t.get("conv.state." + h.state());
		if (kind.equals("status") && h.state().frozen()) {
			// the record is sealed: said so, with what can still be done (read it; report
			// follow-up steps)
			return new Outcome(t.get("conv.card.outcome.ended", state), t.get("error.frozen", h.id()));
		}
		return new Outcome(t.get("conv.card.outcome.ended", state), t.get("conv.card.earlier.ended", h.id(), state));
	}

	/**
	 * The review the actor is asked for in {@code round} was given already: by their
	 * department (every department they review for here has decided), or the round ended
	 * when another department returned the checklist. Null otherwise (the reviewer may
	 * still decide, or the refusal is the domain's).
	 */
	Outcome reviewed(Actor actor, Handover h, int round, Texts t) {
		List<ReviewDecision> inRound = reviews.decisions(h.id()).stream().filter(d -> d.round() == round).toList();
		List<Department> mine = records.policy(h)
			.reviewers()
			.stream()
			.filter(d -> actor.holds(Role.REVIEWER, d, h.unitPath()))
			.toList();
		if (mine.isEmpty()) {
			return null; // not a reviewer here: the domain's refusal says who may review
		}
		Optional<ReviewDecision> returned = inRound.stream()
			.filter(d -> d.decision().equals("RETURNED"))
			.min(Comparator.comparing(ReviewDecision::decidedAt));
		if (returned.isPresent() && mine.contains(returned.get().department())) {
			ReviewDecision d = returned.get();
			return new Outcome(t.get("conv.card.outcome.returned"),
					t.get("conv.card.earlier.returned", when(d.decidedAt()), t.department(d.department()), round));
		}
		if (returned.isPresent()) {
			// the round is over for everyone, whatever this reviewer decided in it
			String by = t.department(returned.get().department());
			return new Outcome(t.get("conv.card.outcome.roundEnded", by),
					t.get("conv.card.earlier.roundEnded", round, when(returned.get().decidedAt()), by));
		}
		Optional<ReviewDecision> last = inRound.stream()
			.filter(d -> mine.contains(d.department()))
			.max(Comparator.comparing(ReviewDecision::decidedAt));
		boolean allMine = mine.stream().allMatch(d -> inRound.stream().anyMatch(x -> x.department() == d));
		if (allMine && last.isPresent()) {
			ReviewDecision d = last.get();
			return new Outcome(t.get("conv.card.outcome.approve"),
					t.get("conv.card.earlier.approved", when(d.decidedAt()), t.department(d.department()), round));
		}
		return null;
	}

	private Outcome confirmed(Handover h, int seq, Texts t) {
		Item item;
		try {
			item = checklists.item(h.id(), seq);
		}
		catch (NotFoundException ex) {
			return null; // the item is gone: the card has ended with the state it asked
							// in
		}
		return switch (item.confirmation()) {
			case PENDING -> null;
			case CONFIRMED -> new Outcome(t.get("conv.card.outcome.confirm", seq),
					t.get("conv.card.earlier.confirmed", seq, when(item.updatedAt())));
			case DISPUTED -> new Outcome(t.get("conv.card.outcome.disputed", seq), t.get("conv.card.earlier.disputed",
					seq, when(item.updatedAt()), t.department(records.policy(h).disputeRuler())));
			case RULED -> new Outcome(t.get("conv.card.outcome.ruled", seq),
					t.get("conv.card.earlier.ruled", seq, when(item.updatedAt())));
		};
	}

	/**
	 * The guessed ruling a card asks about was made (by a press, a typed yes or 裁定 …): a
	 * ruling is made once.
	 */
	private Outcome ruled(Handover h, int seq, Texts t) {
		Item item;
		try {
			item = checklists.item(h.id(), seq);
		}
		catch (NotFoundException ex) {
			return null;
		}
		return item.confirmation() != dev.baton.bot.checklist.Confirmation.RULED ? null : new Outcome(
				t.get("conv.card.outcome.rule", seq), t.get("conv.card.earlier.rule", seq, when(item.updatedAt())));
	}

	/**
	 * The status an item's card asks for was said (by text, on the card or by an edit)
	 * while the checklist can still change: the card shows it, and a press says what it
	 * is and how to change it instead of overriding it. An item deleted or undone: its
	 * card shows that it is gone. Null while unsaid, or once the checklist is submitted.
	 */
	private Outcome statusSaid(Handover h, int seq, Texts t) {
		Item item;
		try {
			item = checklists.item(h.id(), seq);
		}
		catch (NotFoundException | InvalidInputException ex) {
			return new Outcome(t.get("conv.card.outcome.itemGone", seq), t.get("conv.card.earlier.itemGone", seq));
		}
		if (item.status() == null || h.state() != HandoverState.DRAFTING) {
			return null;
		}
		String status = t.get("conv.itemStatus." + item.status());
		return new Outcome(t.get("conv.card.outcome.statusSaid", seq, status),
				t.get("conv.card.earlier.statusSaid", seq, status));
	}

	/** The card's question is still open in the record's state. */
	private static boolean stillAsked(Handover h, String kind, int round) {
		return switch (kind) {
			case "ack" -> h.state() == HandoverState.NOTIFIED;
			case "confirm", "rule", "confirmall" -> h.state() == HandoverState.CONFIRMING;
			case "sign" -> h.state() == HandoverState.SIGNING;
			case "submit" -> h.state() == HandoverState.DRAFTING;
			case "review" -> h.state() == HandoverState.IN_REVIEW && h.reviewRound() == round;
			case "ansq" -> h.state() == HandoverState.IN_REVIEW;
			case "status", "split", "restatus", "sup", "resub", StrayMessage.KIND ->
				h.state() == HandoverState.DRAFTING;
			case "step" -> h.state() == HandoverState.ARCHIVED || h.state() == HandoverState.FOLLOW_UP;
			// the card asking which handover words are about names one of several
			case OwedElsewhere.VERB -> true;
			// any other card (clarifying 撤销, a dispute asked, a field put right…) ends
			// with the handover (cancelled, closed)
			default -> h.state().active();
		};
	}

	private String when(Instant at) {
		return WHEN.withZone(time.zone()).format(at);
	}

}
