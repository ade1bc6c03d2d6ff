package dev.baton.bot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Correction;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.directory.Department;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.signoff.SignoffService;

/**
 * Takes a handover of a {@link TestOrg} to its archive through the domain services. The
 * quick way ({@link #archived}): two items (one unfinished work item with a counterparty,
 * one bank balance of 1,234,567.89 yuan), every other section declared empty, all
 * reviewers approve, the successor confirms both, every signer of the policy signs. The
 * staged way, for the documents: {@link #opened} or {@link #drafted} with the test's
 * items, then (after any returns the test makes) {@link #settle} with a dispute and the
 * audit's ruling. A bean of every {@link DomainContext}.
 */
public class ArchivedHandovers {

	private final HandoverService handovers;

	private final HandoverRecords records;

	private final ChecklistService checklist;

	private final Checklists checklists;

	private final ReviewService review;

	private final ConfirmationService confirmation;

	private final SignoffService signoff;

	private final Policies policies;

	ArchivedHandovers(HandoverService handovers, HandoverRecords records, ChecklistService checklist,
			Checklists checklists, ReviewService review, ConfirmationService confirmation, SignoffService signoff,
			Policies policies) {
		this.handovers = handovers;
		this.records = records;
		this.checklist = checklist;
		this.checklists = checklists;
		this.review = review;
		this.confirmation = confirmation;
		this.signoff = signoff;
		this.policies = policies;
	}

	/**
	 * One item's dispute: the successor disputes item {@code item} for {@code reason};
	 * the policy's ruling department corrects it ({@code note}) to {@code corrected}.
	 */
	public record Dispute(int item, String reason, String note, Correction corrected) {

		/** The amount of item {@code item} corrected to {@code yuan}. */
		public static Dispute amount(int item, String reason, String note, BigDecimal yuan) {
			return new Dispute(item, reason, note, Correction.amount(yuan));
		}

	}

	/**
	 * @param policyCode the policy the org's city was given
	 */
	public long archived(TestOrg org, String policyCode) {
		return archived(org, policyCode, HandoverReason.TRANSFER, null);
	}

	/** {@link #archived(TestOrg, String)}, opened for this reason (with its words). */
	public long archived(TestOrg org, String policyCode, HandoverReason reason, String reasonNote) {
		long id = opened(org, reason, reasonNote);
		Actor departing = org.actor(org.departing);
		List<Section> sections = checklists.sections(id);
		Section work = sections.stream().filter(s -> !s.economic()).findFirst().orElseThrow();
		Section money = sections.stream().filter(Section::economic).findFirst().orElseThrow();
		checklist.addItem(departing, id, work.code(), new ItemDraft("统计大数据平台二期", "进度60%", ItemStatus.IN_PROGRESS, null,
				null, "某信息技术有限公司", LocalDate.of(2027, 3, 31), "陈离任", null));
		checklist.addItem(departing, id, money.code(), new ItemDraft("银行账户余额", "基本户", ItemStatus.DONE,
				new BigDecimal("1234567.89"), "CNY", "某银行", null, "财务科", false));
		declareTheRestEmpty(org, id);
		checklist.submit(departing, id);
		HandoverPolicy policy = policies.byCode(policyCode);
		for (Department d : policy.reviewers()) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
		}
		confirmation.confirm(org.actor(org.successor), id, 1);
		confirmation.confirm(org.actor(org.successor), id, 2);
		signAll(org, policy, id);
		if (records.find(id).state() != HandoverState.ARCHIVED) {
			throw new IllegalStateException("handover " + id + " is " + records.find(id).state() + ", not archived");
		}
		return id;
	}

	/**
	 * Opened by the org's organizer (a transfer) and acknowledged by the departing
	 * official: the checklist is the test's to fill.
	 */
	public long opened(TestOrg org) {
		return opened(org, HandoverReason.TRANSFER, null);
	}

	/** {@link #opened(TestOrg)} for this reason (with its words, for OTHER). */
	public long opened(TestOrg org, HandoverReason reason, String reasonNote) {
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, reason, null, reasonNote))
			.id();
		handovers.acknowledge(org.actor(org.departing), id);
		return id;
	}

	/**
	 * {@link #opened(TestOrg) Opened}, the items added by the departing official in this
	 * order (item n is the n-th), each to the section whose code is its key, and every
	 * other section declared empty: ready to submit.
	 */
	public long drafted(TestOrg org, List<Map.Entry<String, ItemDraft>> items) {
		long id = opened(org);
		for (Map.Entry<String, ItemDraft> item : items) {
			checklist.addItem(org.actor(org.departing), id, item.getKey(), item.getValue());
		}
		declareTheRestEmpty(org, id);
		return id;
	}

	/**
	 * From drafting (or a return) to the archive, with a dispute and the audit's ruling:
	 * every section without an item declared empty, submitted, approved by every reviewer
	 * of the policy (the audit asking to check the disputed item), the {@code dispute}
	 * raised by the successor, every other item confirmed, the dispute ruled by the
	 * policy's ruling department, and every signer signed. The handover is then in
	 * follow-up (unfinished items) or archived.
	 */
	public void settle(TestOrg org, long id, String policyCode, Dispute dispute) {
		Actor departing = org.actor(org.departing);
		declareTheRestEmpty(org, id);
		checklist.submit(departing, id);
		HandoverPolicy policy = policies.byCode(policyCode);
		for (Department d : policy.reviewers()) {
			review.approve(org.actor(org.reviewer(d)), id, d,
					d == Department.AUDIT ? "同意，请接任干部重点核实第" + dispute.item() + "项金额。" : "同意", Map.of());
		}
		Actor successor = org.actor(org.successor);
		confirmation.dispute(successor, id, dispute.item(), dispute.reason());
		confirmation.confirmAllPending(successor, id);
		confirmation.rule(org.actor(org.reviewer(policy.disputeRuler())), id, dispute.item(), Ruling.CORRECTED,
				dispute.note(), dispute.corrected());
		signAll(org, policy, id);
		HandoverState state = records.find(id).state();
		if (state != HandoverState.FOLLOW_UP && state != HandoverState.ARCHIVED) {
			throw new IllegalStateException("handover " + id + " is " + state + ", not archived");
		}
	}

	/** Every section that has no item and is not declared empty yet is declared empty. */
	private void declareTheRestEmpty(TestOrg org, long id) {
		Set<Long> holding = checklists.items(id).stream().map(Item::sectionId).collect(Collectors.toSet());
		for (Section s : checklists.sections(id)) {
			if (!s.declaredEmpty() && !holding.contains(s.id())) {
				checklist.declareSectionEmpty(org.actor(org.departing), id, s.code());
			}
		}
	}

	private void signAll(TestOrg org, HandoverPolicy policy, long id) {
		for (SignerRole role : policy.signers()) {
			Actor signer = org.actor(switch (role) {
				case DEPARTING -> org.departing;
				case SUCCESSOR -> org.successor;
				case ORGANIZER -> org.organizer;
				default -> org.reviewer(role.department());
			});
			signoff.sign(signer, id, signoff.issueCode(signer, id));
		}
	}

}
