package dev.baton.bot;

import java.math.BigDecimal;
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
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.signoff.SignoffService;

/**
 * Brings a handover of a {@link TestOrg} to the stage a chat test starts from, through
 * the domain services: opened, drafted with the given items (work items in the first
 * non-economic section, money items in the first economic one, every other section
 * declared empty), in review, confirming, or signed by everyone. Import it into a test.
 */
public class StagedHandovers {

	/**
	 * One item as the departing official states it; {@code money} items go to the
	 * economic section.
	 */
	public record Stated(String title, ItemStatus status, BigDecimal amount, boolean money, BigDecimal quantity,
			String unit) {

		public static Stated work(String title) {
			return new Stated(title, ItemStatus.IN_PROGRESS, null, false, null, null);
		}

		public static Stated unfinishedMoney(String title, String amount) {
			return new Stated(title, ItemStatus.IN_PROGRESS, new BigDecimal(amount), true, null, null);
		}

		public static Stated balance(String title, String amount) {
			return new Stated(title, ItemStatus.DONE, new BigDecimal(amount), true, null, null);
		}

		public static Stated done(String title) {
			return new Stated(title, ItemStatus.DONE, null, false, null, null);
		}

		/** A fact on hand counted in a unit that is not money (森林面积 292200 亩). */
		public static Stated onHand(String title, String quantity, String unit) {
			return new Stated(title, ItemStatus.ON_HAND, null, false, new BigDecimal(quantity), unit);
		}

	}

	private final HandoverService handovers;

	private final ChecklistService checklist;

	private final Checklists checklists;

	private final ReviewService review;

	private final ConfirmationService confirmation;

	private final SignoffService signoff;

	private final Policies policies;

	StagedHandovers(HandoverService handovers, ChecklistService checklist, Checklists checklists, ReviewService review,
			ConfirmationService confirmation, SignoffService signoff, Policies policies) {
		this.handovers = handovers;
		this.checklist = checklist;
		this.checklists = checklists;
		this.review = review;
		this.confirmation = confirmation;
		this.signoff = signoff;
		this.policies = policies;
	}

	/** Opened by the organizer (a transfer), not acknowledged yet. */
	public long opened(TestOrg org) {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	/**
	 * Opened and acknowledged, the items stated in this order (so item N is the N-th),
	 * the rest declared empty.
	 */
	public long drafted(TestOrg org, List<Stated> items) {
		return drafted(org, opened(org), items);
	}

	/**
	 * The handover {@code id}, opened, acknowledged and drafted as
	 * {@link #drafted(TestOrg, List)} drafts one.
	 */
	public long drafted(TestOrg org, long id, List<Stated> items) {
		Actor departing = org.actor(handovers.get(org.actor(org.organizer), id).departingId());
		handovers.acknowledge(departing, id);
		List<Section> sections = checklists.sections(id);
		Section work = sections.stream().filter(s -> !s.economic()).findFirst().orElseThrow();
		Section money = sections.stream().filter(Section::economic).findFirst().orElseThrow();
		for (Stated item : items) {
			ItemDraft draft = ItemDraft.titled(item.title())
				.withAmount(item.amount())
				.withQuantity(item.quantity(), item.unit())
				.withStatus(item.status(),
						item.status() == ItemStatus.IN_PROGRESS || item.status() == ItemStatus.NOT_STARTED);
			checklist.addItem(departing, id, (item.money() ? money : work).code(), draft);
		}
		boolean anyWork = items.stream().anyMatch(i -> !i.money());
		boolean anyMoney = items.stream().anyMatch(Stated::money);
		sections.stream()
			.filter(s -> !(anyWork && s.id() == work.id()) && !(anyMoney && s.id() == money.id()))
			.forEach(s -> checklist.declareSectionEmpty(departing, id, s.code()));
		return id;
	}

	/** Drafted and submitted: in joint review. */
	public long inReview(TestOrg org, List<Stated> items) {
		long id = drafted(org, items);
		checklist.submit(org.actor(org.departing), id);
		return id;
	}

	/** Every department of the policy approved: the successor confirms. */
	public long confirming(TestOrg org, String policyCode, List<Stated> items) {
		long id = inReview(org, items);
		for (Department d : policies.byCode(policyCode).reviewers()) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
		}
		return id;
	}

	/** Every item confirmed and every signer of the policy signed: archived. */
	public long archived(TestOrg org, String policyCode, List<Stated> items) {
		long id = confirming(org, policyCode, items);
		confirmation.confirmAllPending(org.actor(org.successor), id);
		signAll(org, policyCode, id);
		return id;
	}

	/** Every signer of the policy signs with a code issued to them. */
	public void signAll(TestOrg org, String policyCode, long id) {
		for (SignerRole role : policies.byCode(policyCode).signers()) {
			Actor signer = org.actor(switch (role) {
				case DEPARTING -> org.departing;
				case SUCCESSOR -> org.successor;
				case ORGANIZER -> org.organizer;
				default -> org.reviewer(role.department());
			});
			String code = signoff.issueCode(signer, id);
			if (code != null) {
				signoff.sign(signer, id, code);
			}
		}
	}

}
