package dev.baton.bot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.ConfirmationService;
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
 * Takes a handover of a {@link TestOrg} to its archive through the domain services,
 * quickly: two items (one unfinished work item with a counterparty, one bank balance of
 * 1,234,567.89 yuan), every other section declared empty, all reviewers approve, the
 * successor confirms both, every signer of the policy signs. A bean of every
 * {@link DomainContext}.
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
	 * @param policyCode the policy the org's city was given
	 */
	public long archived(TestOrg org, String policyCode) {
		Actor departing = org.actor(org.departing);
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		handovers.acknowledge(departing, id);
		List<Section> sections = checklists.sections(id);
		Section work = sections.stream().filter(s -> !s.economic()).findFirst().orElseThrow();
		Section money = sections.stream().filter(Section::economic).findFirst().orElseThrow();
		checklist.addItem(departing, id, work.code(), new ItemDraft("统计大数据平台二期", "进度60%", ItemStatus.IN_PROGRESS, null,
				null, "某信息技术有限公司", LocalDate.of(2027, 3, 31), "陈离任", null));
		checklist.addItem(departing, id, money.code(), new ItemDraft("银行账户余额", "基本户", ItemStatus.DONE,
				new BigDecimal("1234567.89"), "CNY", "某银行", null, "财务科", false));
		sections.stream()
			.filter(s -> s.id() != work.id() && s.id() != money.id())
			.forEach(s -> checklist.declareSectionEmpty(departing, id, s.code()));
		checklist.submit(departing, id);
		HandoverPolicy policy = policies.byCode(policyCode);
		for (Department d : policy.reviewers()) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
		}
		confirmation.confirm(org.actor(org.successor), id, 1);
		confirmation.confirm(org.actor(org.successor), id, 2);
		for (SignerRole role : policy.signers()) {
			Actor signer = org.actor(switch (role) {
				case DEPARTING -> org.departing;
				case SUCCESSOR -> org.successor;
				case ORGANIZER -> org.organizer;
				default -> org.reviewer(role.department());
			});
			signoff.sign(signer, id, signoff.issueCode(signer, id));
		}
		if (records.find(id).state() != HandoverState.ARCHIVED) {
			throw new IllegalStateException("handover " + id + " is " + records.find(id).state() + ", not archived");
		}
		return id;
	}

}
