package dev.baton.bot.confirmation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Money;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.directory.Department;
import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.discipline.FlagNotices;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverReviewers;
import dev.baton.bot.handover.HandoverNotices;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.InvalidStateException;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The successor goes through the items: confirm, or dispute with a reason. The policy's
 * ruling department (审计 by default) rules on each dispute, finally. When every item is
 * confirmed or ruled, sign-off begins.
 */
@Service
public class ConfirmationService {

	private final HandoverRecords records;

	private final Checklists checklists;

	private final DisputeMapper disputes;

	private final SigningStart signoff;

	private final FlagNotices flags;

	private final dev.baton.bot.discipline.FlagReasons reasons;

	private final TimeSource time;

	private final WaitingSteps waitingSteps;

	private final HandoverNotices handoverNotices;

	private final HandoverReviewers handoverReviewers;

	ConfirmationService(HandoverRecords records, Checklists checklists, DisputeMapper disputes, SigningStart signoff,
			FlagNotices flags, dev.baton.bot.discipline.FlagReasons reasons, TimeSource time, WaitingSteps waitingSteps,
			HandoverNotices handoverNotices, HandoverReviewers handoverReviewers) {
		this.handoverReviewers = handoverReviewers;
		this.handoverNotices = handoverNotices;
		this.waitingSteps = waitingSteps;
		this.time = time;
		this.reasons = reasons;
		this.records = records;
		this.checklists = checklists;
		this.disputes = disputes;
		this.signoff = signoff;
		this.flags = flags;
	}

	/** Confirms an item; confirming it again changes nothing. */
	@Transactional
	public Item confirm(Actor actor, long handoverId, int seq) {
		Handover h = confirming(actor, handoverId, Action.CONFIRM_ITEM);
		Item item = checklists.item(h.id(), seq);
		if (item.confirmation() == Confirmation.CONFIRMED) {
			return item;
		}
		if (item.confirmation() != Confirmation.PENDING) {
			throw new InvalidStateException(h.id(), h.state(), "confirm an item that is " + item.confirmation());
		}
		checklists.setConfirmation(item, Confirmation.CONFIRMED);
		records.audit(h, actor, "ITEM_CONFIRMED", Map.of("item", seq));
		settleIfDone(h, actor);
		return checklists.item(h.id(), seq);
	}

	/**
	 * "全部确认": confirms every item still pending (and moves on when nothing is left, even
	 * with no items).
	 */
	@Transactional
	public int confirmAllPending(Actor actor, long handoverId) {
		Handover h = confirming(actor, handoverId, Action.CONFIRM_ITEM);
		List<Integer> confirmed = new ArrayList<>();
		for (Item item : checklists.items(h.id())) {
			if (item.confirmation() == Confirmation.PENDING) {
				checklists.setConfirmation(item, Confirmation.CONFIRMED);
				confirmed.add(item.seq());
			}
		}
		// which items, not only how many (newcomer 21, finding 8)
		records.audit(h, actor, "ITEMS_CONFIRMED", Map.of("count", confirmed.size(), "items", confirmed));
		settleIfDone(h, actor);
		return confirmed.size();
	}

	/** 异议: the reason is required; the ruling department is asked to rule. */
	@Transactional
	public Item dispute(Actor actor, long handoverId, int seq, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("confirmation.reasonRequired", "a dispute needs a reason");
		}
		Handover h = confirming(actor, handoverId, Action.DISPUTE_ITEM);
		Item item = checklists.item(h.id(), seq);
		if (item.confirmation() != Confirmation.PENDING) {
			throw new InvalidStateException(h.id(), h.state(), "dispute an item that is " + item.confirmation());
		}
		disputes.insert(item.id(), reason.strip(), actor.officialId(), time.now());
		checklists.setConfirmation(item, Confirmation.DISPUTED);
		Department ruler = records.policy(h).disputeRuler();
		var due = waitingSteps.openStep(h, WaitingStepKind.RULING, "item:" + seq);
		records.audit(h, actor, "ITEM_DISPUTED", Map.of("item", seq, "reason", reason.strip()));
		// the example of a correction is in the item's own kind of figure: 应为121台 for a
		// count of computers
		handoverNotices.notify(h, OutboxEvent.ITEM_DISPUTED, handoverReviewers.reviewers(h, ruler), true,
				Map.of("item", seq, "title", item.title(), "reason", reason.strip(), "dueOn", due.toString(), "example",
						RulingExample.figure(item, reason), "variant", "RULER"));
		// the departing official cannot rule: told what was disputed and who rules, in
		// words of their own
		handoverNotices.notify(h, OutboxEvent.ITEM_DISPUTED, List.of(h.departingId()), true, Map.of("item", seq,
				"title", item.title(), "reason", reason.strip(), "ruler", ruler.name(), "variant", "DEPARTING"));
		settleIfDone(h, actor);
		return checklists.item(h.id(), seq);
	}

	/**
	 * The final ruling on a disputed item by the policy's ruling department, correcting
	 * its amount if one is given.
	 */
	@Transactional
	public Item rule(Actor actor, long handoverId, int seq, Ruling ruling, String note, BigDecimal correctedAmount) {
		return rule(actor, handoverId, seq, ruling, note, Correction.amount(correctedAmount));
	}

	/**
	 * The final ruling on a disputed item by the policy's ruling department
	 * (争议事项以审计结论为最终依据). A CORRECTED ruling that gives a new amount or quantity changes
	 * the item before anyone signs, and the dispute keeps what the departing side stated;
	 * one that gives none keeps the item's value and records the note. An UPHELD ruling
	 * changes nothing, whatever figure its note names.
	 */
	@Transactional
	public Item rule(Actor actor, long handoverId, int seq, Ruling ruling, String note, Correction correction) {
		Handover h = records.lock(handoverId);
		Department ruler = records.policy(h).disputeRuler();
		records.require(actor, Action.RULE_DISPUTE, h, ruler);
		h.requireConfirming("rule on a dispute");
		if (ruling == Ruling.CORRECTED && (note == null || note.isBlank())) {
			throw new InvalidInputException("confirmation.correctionNeedsNote", "a correction must say what is right");
		}
		Item item = checklists.item(h.id(), seq);
		Dispute open = disputes.openFor(item.id());
		if (item.confirmation() != Confirmation.DISPUTED || open == null) {
			throw new InvalidStateException(h.id(), h.state(), "rule on an item that is not disputed");
		}
		boolean firstCorrection = ruling == Ruling.CORRECTED
				&& disputes.forHandover(h.id()).stream().noneMatch(d -> Ruling.CORRECTED.name().equals(d.ruling()));
		Correction given = ruling == Ruling.CORRECTED && correction != null ? correction : Correction.NONE;
		BigDecimal amount = Money.checked(given.amount());
		BigDecimal quantity = given.quantity();
		String unit = quantity == null ? null
				: given.unit() == null || given.unit().isBlank() ? item.quantityUnit() : given.unit().strip();
		disputes.rule(open.id(), ruling, note, amount, amount == null ? null : item.amount(),
				amount == null ? null : item.currency(), quantity == null ? null : item.quantity(),
				quantity == null ? null : item.quantityUnit(), quantity, unit, actor.officialId(), time.now());
		// the item holds the ruled value before anyone signs; the dispute keeps the
		// departing side's statement
		if (amount != null) {
			checklists.correctAmount(item, amount);
		}
		if (quantity != null) {
			checklists.correctQuantity(item, quantity, unit);
		}
		// a correction that states a deadline and no figure changes the item's deadline
		// (#12, newcomer 8, finding 4)
		java.time.LocalDate deadline = amount == null && quantity == null ? given.deadline() : null;
		if (deadline != null) {
			checklists.correctDeadline(h.id(), h.reviewRound(), item, deadline, actor.officialId());
		}
		checklists.setConfirmation(item, Confirmation.RULED);
		waitingSteps.closeStep(h, WaitingStepKind.RULING, "item:" + seq);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("item", seq);
		detail.put("title", item.title());
		detail.put("ruling", ruling.name());
		detail.put("note", note == null ? "" : note);
		if (amount != null) {
			detail.put("correctedAmount", amount.setScale(2).toPlainString());
			detail.put("originalAmount", item.amount() == null ? "" : item.amount().setScale(2).toPlainString());
		}
		if (quantity != null) {
			detail.put("correctedQuantity", quantity.stripTrailingZeros().toPlainString());
			detail.put("correctedUnit", unit == null ? "" : unit);
			detail.put("originalQuantity", item.quantity() == null ? "" : item.quantity().toPlainString());
			detail.put("originalUnit", item.quantityUnit() == null ? "" : item.quantityUnit());
		}
		if (deadline != null) {
			detail.put("correctedDeadline", deadline.toString());
			detail.put("originalDeadline", item.deadline() == null ? "" : item.deadline().toString());
		}
		// the audit's correction as every edit: each field the ruling changed, old and
		// new value (#12, newcomer 8)
		detail.put(dev.baton.bot.checklist.FieldChanges.KEY,
				dev.baton.bot.checklist.FieldChanges.between(item, checklists.item(h.id(), seq)));
		records.audit(h, actor, "DISPUTE_RULED", detail);
		Map<String, Object> notice = new LinkedHashMap<>(detail);
		notice.remove(dev.baton.bot.checklist.FieldChanges.KEY); // the audit row's, not
																	// the notice's
		if (amount != null) {
			// people read money grouped, exact to the fen (the audit detail keeps the
			// plain figures)
			notice.put("correctedAmount", Money.grouped(amount));
			notice.put("originalAmount", item.amount() == null ? "" : Money.grouped(item.amount()));
			notice.put("variant", item.amount() == null ? "AMOUNT_SET" : "AMOUNT_CORRECTED");
		}
		else if (quantity != null) {
			notice.put("variant", item.quantity() == null ? "QUANTITY_SET" : "QUANTITY_CORRECTED");
			// said as the ruling's reply says it (由2.3万亩更正为1.96万亩, exact), in each
			// language's way
			String was = item.quantityUnit() == null ? "" : item.quantityUnit();
			notice.put("originalQuantityZh", Quantity.format(item.quantity(), was, false));
			notice.put("originalQuantityEn", Quantity.format(item.quantity(), was, true));
			notice.put("correctedQuantityZh", Quantity.format(quantity, unit, false));
			notice.put("correctedQuantityEn", Quantity.format(quantity, unit, true));
		}
		else if (deadline != null) {
			notice.put("variant", item.deadline() == null ? "DEADLINE_SET" : "DEADLINE_CORRECTED");
		}
		else {
			// a ruling that changes no value says what stands and the note as its own
			// sentence (#12, newcomer 16, finding 11: the note read as part of the
			// ruling)
			boolean noted = note != null && !note.isBlank();
			notice.put("variant", ruling == Ruling.UPHELD ? noted ? "UPHELD_NOTED" : "UPHELD" : "NOTE_ONLY");
		}
		List<Long> ruledTo = List.of(h.successorId(), h.departingId());
		dev.baton.bot.discipline.FlagNotices.Fold fold = dev.baton.bot.discipline.FlagNotices.Fold.NONE;
		if (firstCorrection) {
			// 交接不实 is raised now: the supervisors hear of it in chat, not only in the API
			// (#13)
			// with its reason: this ruling, what it wrote and its note (#15)
			String changeZh = "";
			String changeEn = "";
			if (amount != null) {
				changeZh = item.amount() == null ? "金额记为" + Money.grouped(amount) + "元"
						: "金额由" + Money.grouped(item.amount()) + "元更正为" + Money.grouped(amount) + "元";
				changeEn = item.amount() == null ? "the amount set to " + Money.grouped(amount) + " yuan"
						: "the amount from " + Money.grouped(item.amount()) + " to " + Money.grouped(amount) + " yuan";
			}
			else if (quantity != null) {
				String was = item.quantityUnit() == null ? "" : item.quantityUnit();
				changeZh = item.quantity() == null ? "数量记为" + Quantity.format(quantity, unit, false) : "数量由"
						+ Quantity.format(item.quantity(), was, false) + "更正为" + Quantity.format(quantity, unit, false);
				changeEn = item.quantity() == null ? "the quantity set to " + Quantity.format(quantity, unit, true)
						: "the quantity from " + Quantity.format(item.quantity(), was, true) + " to "
								+ Quantity.format(quantity, unit, true);
			}
			else if (deadline != null) {
				changeZh = item.deadline() == null ? "期限记为" + deadline : "期限由" + item.deadline() + "更正为" + deadline;
				changeEn = item.deadline() == null ? "the deadline set to " + deadline
						: "the deadline from " + item.deadline() + " to " + deadline;
			}
			// folded into the ruling's notice to the departing official, who gets both
			// (newcomer 20a, finding 18)
			fold = flags.raised(h, DisciplineFlag.UNTRUE_HANDOVER,
					Map.of("item", seq, "title", item.title(), "department", ruler.name()),
					reasons.corrected(seq, item.title(), ruler, time.today(), changeZh, changeEn, note), ruledTo);
		}
		for (long to : ruledTo) {
			handoverNotices.notify(h, OutboxEvent.DISPUTE_RULED, List.of(to), true, fold.into(to, notice));
		}
		settleIfDone(h, actor);
		return checklists.item(h.id(), seq);
	}

	private Handover confirming(Actor actor, long handoverId, Action action) {
		Handover h = records.lock(handoverId);
		records.require(actor, action, h);
		h.requireConfirming("confirm or dispute");
		return h;
	}

	/**
	 * Once no item waits on the successor (each confirmed, ruled, or disputed and waiting
	 * for the ruling), the confirmation step is done: what is left waits on the ruling
	 * department's own steps, so no reminder or escalation chases the successor for a
	 * part he has finished (#12, newcomer 10, item 14). Sign-off begins once every item
	 * is settled.
	 */
	private void settleIfDone(Handover h, Actor actor) {
		List<Item> items = checklists.items(h.id());
		if (items.stream().noneMatch(i -> i.confirmation() == Confirmation.PENDING)) {
			waitingSteps.closeStep(h, WaitingStepKind.CONFIRMATION, "");
		}
		if (items.stream().allMatch(i -> i.confirmation().settled())) {
			signoff.begin(h, actor);
		}
	}

}
