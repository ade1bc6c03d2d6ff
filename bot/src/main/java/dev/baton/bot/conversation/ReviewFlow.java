package dev.baton.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.confirmation.Correction;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * The four departments review (通过 / 退回 with comments, per item as "第2项 请附对账单；第3项 …"), and
 * the ruling department rules on disputes (裁定 2 维持 / 裁定 2 更正 余额为…). A reviewer acts for
 * the department they hold over the unit; refusals name who may act.
 */
@Component
class ReviewFlow {

	private final ReviewService review;

	private final ConfirmationService confirmation;

	private final HandoverRecords records;

	private final Disputes disputes;

	private final CardOutcomes outcomes;

	private final dev.baton.bot.checklist.Checklists checklists;

	private final dev.baton.bot.conversation.grammar.CommandParser parser;

	private final dev.baton.bot.system.TimeSource time;

	private final ReviewRoster roster;

	private final WaitingSteps waitingSteps;

	private final NextStep next;

	private final HandoverService handovers;

	/** How many other handovers a review word's answer looks through. */
	private static final int MAX_ELSEWHERE = 20;

	ReviewFlow(ReviewService review, ConfirmationService confirmation, HandoverRecords records, Disputes disputes,
			CardOutcomes outcomes, dev.baton.bot.checklist.Checklists checklists,
			dev.baton.bot.conversation.grammar.CommandParser parser, dev.baton.bot.system.TimeSource time,
			ReviewRoster roster, WaitingSteps waitingSteps, NextStep next, HandoverService handovers) {
		this.handovers = handovers;
		this.next = next;
		this.waitingSteps = waitingSteps;
		this.roster = roster;
		this.parser = parser;
		this.time = time;
		this.checklists = checklists;
		this.review = review;
		this.confirmation = confirmation;
		this.records = records;
		this.disputes = disputes;
		this.outcomes = outcomes;
	}

	Answer approve(Turn turn, String comment) {
		Answer done = reviewedAlready(turn);
		if (done != null) {
			return done;
		}
		Department department = department(turn);
		review.approve(turn.actor(), turn.handover().id(), department, turn.asWritten(comment), Map.of());
		// what the approval did: the review over and what comes next, or who still
		// reviews (#12, newcomer 13, finding 7)
		Handover now = records.find(turn.handover().id());
		Texts t = turn.texts();
		if (now.state() == dev.baton.bot.handover.HandoverState.IN_REVIEW) {
			String waiting = roster.waiting(t, now);
			if (!waiting.isEmpty()) {
				return turn.say("conv.review.approvedWaiting", t.department(department), waiting);
			}
		}
		if (now.state() == dev.baton.bot.handover.HandoverState.CONFIRMING) {
			return turn.say("conv.review.approvedAll", t.department(department), roster.successor(now),
					t.department(records.policy(now).disputeRuler()));
		}
		return turn.say("conv.review.approved", t.department(department));
	}

	/**
	 * 退回 with its comment, said in one message ("退回 第2项 请附对账单；第3项 金额有误"); without one,
	 * Baton asks.
	 */
	Answer returnChecklist(Turn turn, Integer number, String comment) {
		Answer done = reviewedAlready(turn);
		if (done != null) {
			return done;
		}
		ReturnComments read = comment == null || comment.isBlank() ? null : ReturnComments.of(number, comment);
		if (read == null || read.empty()) {
			// nothing said but the words that return (第2项先退回去, newcomer 23, finding 5):
			// the reason is asked, for the item named
			Integer item = number != null || comment == null ? number
					: ReturnComments.named(comment).stream().findFirst().orElse(null);
			return turn.say(turn.dialog().asking(DialogState.Pending.RETURN_COMMENT, item), "conv.review.askComment");
		}
		return returned(turn, read);
	}

	/**
	 * The reason Baton asked for after "第16项有问题": the item's, whole, whatever items it
	 * mentions (#12 newcomer 3: "与第9项运维费是否为同一笔欠款？" is item 16's comment, not a cut
	 * between two items).
	 */
	Answer returnAnswered(Turn turn, Integer number, String comment) {
		Answer done = reviewedAlready(turn);
		if (done != null) {
			return done;
		}
		ReturnComments read = ReturnComments.answering(number, comment);
		if (read.empty()) {
			return turn.say(turn.dialog().asking(DialogState.Pending.RETURN_COMMENT, number), "conv.review.askComment");
		}
		return returned(turn, read);
	}

	/**
	 * The checklist returned with the comments; the reply repeats what was recorded on
	 * each item.
	 */
	private Answer returned(Turn turn, ReturnComments read) {
		ReturnComments said = read.as(turn::asWritten);
		Department department = department(turn);
		review.returnChecklist(turn.actor(), turn.handover().id(), department, said.general(), said.items());
		Texts t = turn.texts();
		java.util.List<String> lines = new java.util.ArrayList<>();
		// one comment about several items once, with every item it names (#12, newcomer
		// 11)
		for (dev.baton.bot.review.ReturnRemarks.Remark remark : dev.baton.bot.review.ReturnRemarks.of(said.items())) {
			String named = t.list(remark.items()
				.stream()
				.map(seq -> t.get("conv.review.returnedNamed", seq, checklists.item(turn.handover().id(), seq).title()))
				.toList());
			lines.add(t.get("conv.review.returnedRemark", named, remark.body()));
		}
		if (!said.general().isBlank()) {
			lines.add(t.get("conv.review.returnedGeneral", said.general()));
		}
		return turn.say(turn.dialog().answered(), "conv.review.returnedWith", t.department(department),
				String.join("\n", lines));
	}

	Answer rule(Turn turn, Command command) {
		Integer seq = command.number() != null ? command.number() : turn.dialog().item();
		if (seq == null || command.ruling() == null) {
			return turn.say("conv.rule.how");
		}
		if (command.ruling() == Ruling.CORRECTED && !command.hasText()) {
			Item item = checklists.item(turn.handover().id(), seq);
			return turn.say(turn.dialog().asking(DialogState.Pending.CORRECTION_NOTE, seq), "conv.rule.askNote", seq,
					item.title(),
					DisputeWords.field(turn.texts(), item,
							disputes.forHandover(turn.handover().id())
								.stream()
								.filter(d -> d.itemId() == item.id())
								.map(Dispute::reason)
								.reduce((a, b) -> b)
								.orElse(null)));
		}
		return ruled(turn, seq, command.ruling(), command.text(), correction(command));
	}

	/**
	 * The new value a correction gives: an amount, or a quantity with its unit (never
	 * both: the grammar says).
	 */
	Correction correction(Command command) {
		if (command.amount() != null || command.quantity() != null) {
			return new Correction(command.amount(), command.quantity(), command.unit());
		}
		// a deadline stated in the note, when no figure is (#12, newcomer 8, finding 4)
		return new Correction(null, null, null,
				parser.ruledDeadline(command.text() != null ? command.text() : command.raw(), time.today()));
	}

	/**
	 * A correction with an amount or a quantity changes the item (争议事项以审计结论为最终依据), and
	 * the reply says from what to what; one without keeps the item's value and records
	 * the note.
	 */
	Answer ruled(Turn turn, int seq, Ruling ruling, String note, Correction correction) {
		java.time.LocalDate stated = checklists.item(turn.handover().id(), seq).deadline();
		Item item = confirmation.rule(turn.actor(), turn.handover().id(), seq, ruling, turn.asWritten(note),
				correction);
		Texts t = turn.texts();
		String done = t.get("conv.rule.done", seq, t.get("label." + ruling.name()), item.title());
		if (ruling == Ruling.CORRECTED) {
			Dispute ruledOn = disputes.forHandover(turn.handover().id())
				.stream()
				.filter(d -> d.itemId() == item.id())
				.reduce((a, b) -> b)
				.orElseThrow();
			boolean dated = !ruledOn.changedAmount() && !ruledOn.changedQuantity() && correction != null
					&& correction.deadline() != null;
			done = done + "\n"
					+ (ruledOn.changedAmount() || ruledOn.changedQuantity()
							? t.get("conv.rule.valueCorrected", seq, was(t, ruledOn), now(t, ruledOn))
							: dated ? t.get("conv.rule.deadlineCorrected", seq,
									stated == null ? t.get("conv.item.noDeadline") : stated.toString(),
									item.deadline().toString()) : t.get("conv.rule.noteOnly", seq));
		}
		// what comes next: another ruling, a signature, or nothing (newcomer 20a, finding
		// 14)
		return next.after(turn, Answer.say(done, turn.dialog().answered()));
	}

	/**
	 * The item's title for a question about it (第5项“局属农机站在编人员”), or its number alone when
	 * there is no such item (the ruling is then refused with its own reason).
	 */
	String titleOf(long handoverId, int seq) {
		try {
			return checklists.item(handoverId, seq).title();
		}
		catch (RuntimeException unknown) {
			return "";
		}
	}

	/**
	 * What a correction about to be ruled will write, shown on the card before it is
	 * confirmed (newcomer 9: the card showed only the words):
	 * "第4项“…”的金额将由865,000.00元更正为832,000.00元", or that the value stays.
	 */
	String willWrite(Texts t, long handoverId, Command command) {
		if (command.ruling() != Ruling.CORRECTED || command.number() == null) {
			return "";
		}
		Item item;
		try {
			item = checklists.item(handoverId, command.number());
		}
		catch (RuntimeException unknown) {
			return ""; // an unknown item is refused when the ruling is made
		}
		if (command.amount() != null) {
			return t.get("conv.rule.willWrite", item.seq(), item.title(),
					item.amount() == null ? t.get("conv.item.noAmount")
							: ItemLines.money(t, item.amount(), item.currency()),
					ItemLines.money(t, command.amount(), item.currency()));
		}
		if (command.quantity() != null) {
			return t.get("conv.rule.willWrite", item.seq(), item.title(),
					item.quantity() == null ? t.get("conv.item.noQuantity")
							: Quantity.format(item.quantity(), item.quantityUnit(), t.english()),
					Quantity.format(command.quantity(), command.unit(), t.english()));
		}
		// a date the note states is written as an amount is (newcomer 8, finding 4), so
		// the card must say so
		java.time.LocalDate deadline = correction(command).deadline();
		if (deadline != null) {
			return t.get("conv.rule.willWrite", item.seq(), item.title(),
					item.deadline() == null ? t.get("conv.item.noDeadline") : item.deadline().toString(),
					deadline.toString());
		}
		return t.get("conv.rule.willKeep", item.seq(), item.title());
	}

	private static String was(Texts t, Dispute d) {
		if (d.changedAmount()) {
			return d.originalAmount() == null ? t.get("conv.item.noAmount")
					: ItemLines.money(t, d.originalAmount(), d.originalCurrency());
		}
		return d.originalQuantity() == null ? t.get("conv.item.noQuantity")
				: Quantity.format(d.originalQuantity(), d.originalQuantityUnit(), t.english());
	}

	private static String now(Texts t, Dispute d) {
		return d.changedAmount() ? ItemLines.money(t, d.correctedAmount(), d.originalCurrency())
				: Quantity.format(d.correctedQuantity(), d.correctedQuantityUnit(), t.english());
	}

	/**
	 * The reviewer's part in this round is done already (their department decided), or
	 * the round ended when another department returned the checklist: said plainly,
	 * instead of a refusal about the handover's state.
	 */
	private Answer reviewedAlready(Turn turn) {
		Handover h = turn.handover();
		if (h.reviewRound() == 0) {
			return null;
		}
		CardOutcomes.Outcome done = outcomes.reviewed(turn.actor(), h, h.reviewRound(), turn.texts());
		if (done == null) {
			return null;
		}
		// the review words may be meant for a handover under review the speaker is a
		// party to and reviews for: said that they cannot review it (newcomer 25,
		// finding 9)
		List<String> said = new java.util.ArrayList<>(List.of(done.said()));
		said.addAll(recusedElsewhere(turn));
		return Answer.say(String.join("\n", said), turn.dialog().answered());
	}

	/**
	 * For each other handover under joint review the speaker is a party to while holding
	 * a reviewing department's post over its unit: that they must recuse.
	 */
	private List<String> recusedElsewhere(Turn turn) {
		Texts t = turn.texts();
		List<String> lines = new java.util.ArrayList<>();
		HandoverFilter theirs = new HandoverFilter(HandoverState.IN_REVIEW, null, null, null, MAX_ELSEWHERE, true, null,
				true);
		for (dev.baton.bot.handover.HandoverBrief b : handovers.list(turn.actor(), theirs)) {
			if (b.id() == turn.handover().id() || !b.involves(turn.actor().officialId())) {
				continue;
			}
			Handover other = records.find(b.id());
			records.policy(other)
				.reviewers()
				.stream()
				.filter(d -> turn.actor().holds(Role.REVIEWER, d, b.unitPath()))
				.findFirst()
				.ifPresent(d -> lines.add(t.get(
						"conv.review.partyElsewhere", b.id(), t.get(turn.actor().is(b.successorId())
								? "conv.org.open.conflict.successor" : "conv.org.open.conflict.departing"),
						t.department(d))));
		}
		return lines;
	}

	/**
	 * The department the actor reviews for here: among the policy's reviewers, one they
	 * hold over the unit (the first still to decide if they hold several); if none, the
	 * refusal comes from the domain for the first department.
	 */
	Department department(Turn turn) {
		Handover h = turn.handover();
		HandoverPolicy policy = records.policy(h);
		List<Department> held = policy.reviewers()
			.stream()
			.filter(d -> turn.actor().holds(Role.REVIEWER, d, h.unitPath()))
			.toList();
		Optional<Department> open = held.stream()
			.filter(d -> waitingSteps.steps(h.id()).stream().anyMatch(s -> s.open() && s.subject().equals(d.name())))
			.findFirst();
		return open.orElse(held.isEmpty() ? policy.reviewers().get(0) : held.get(0));
	}

}
