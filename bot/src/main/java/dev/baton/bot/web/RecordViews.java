package dev.baton.bot.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Evidence;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.checklist.Supplement;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.ReportedProgress;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.review.ReviewComment;
import dev.baton.bot.review.ReviewDecision;
import dev.baton.bot.review.ReviewEntries;
import dev.baton.bot.review.ReviewQuestions;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.signoff.SignoffService;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.web.HandoverView.CommentView;
import dev.baton.bot.web.HandoverView.DisputeView;
import dev.baton.bot.web.HandoverView.EvidenceView;
import dev.baton.bot.web.HandoverView.FollowUpView;
import dev.baton.bot.web.HandoverView.HistoryRow;
import dev.baton.bot.web.HandoverView.ItemView;
import dev.baton.bot.web.HandoverView.ProgressView;
import dev.baton.bot.web.HandoverView.QuestionView;
import dev.baton.bot.web.HandoverView.ReviewView;
import dev.baton.bot.web.HandoverView.SectionView;
import dev.baton.bot.web.HandoverView.SignatureView;
import dev.baton.bot.web.HandoverView.StepView;
import dev.baton.bot.web.HandoverView.SupplementView;
import dev.baton.bot.web.HandoverView.WithdrawnItemView;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * The record part of {@link HandoverView}: checklist, review, disputes, signatures,
 * follow-up, steps, history.
 */
@Component
class RecordViews {

	private final HandoverRecords records;

	private final Checklists checklists;

	private final ReviewService reviews;

	private final SignoffService signoff;

	private final FollowUpService followUp;

	private final AuditLog audit;

	private final TimeSource time;

	private final JsonMapper json;

	RecordViews(HandoverRecords records, Checklists checklists, ReviewService reviews, SignoffService signoff,
			FollowUpService followUp, AuditLog audit, TimeSource time, JsonMapper json) {
		this.records = records;
		this.checklists = checklists;
		this.reviews = reviews;
		this.signoff = signoff;
		this.followUp = followUp;
		this.audit = audit;
		this.time = time;
		this.json = json;
	}

	HandoverView view(Handover h, HandoverSummary summary, List<WaitingStep> steps, List<ReviewDecision> decisions,
			List<Dispute> disputes) {
		List<Item> items = checklists.items(h.id());
		List<Item> withdrawn = checklists.withdrawnItems(h.id());
		Map<Long, Integer> seqOf = new java.util.HashMap<>();
		items.forEach(i -> seqOf.put(i.id(), i.seq()));
		withdrawn.forEach(i -> seqOf.put(i.id(), i.seq())); // review comments may name an
															// item deleted since
		return new HandoverView(summary, h.openedAt(), h.acknowledgedAt(), h.submittedAt(), h.archivedAt(),
				h.archiveSha256(), h.closedAt(), h.cancelledAt(), h.cancelReason(), records.policy(h),
				sections(h, items, disputes), reviews(h, decisions, seqOf), disputes(h, disputes, items, withdrawn),
				signatures(h), followUp(h), steps(steps), history(h),
				withdrawn.stream()
					.map(i -> new WithdrawnItemView(i.seq(), i.title(), i.withdrawnHow(), i.withdrawnAt()))
					.toList());
	}

	private List<SectionView> sections(Handover h, List<Item> items, List<Dispute> disputes) {
		Map<Long, List<EvidenceView>> evidence = checklists.evidence(h.id())
			.stream()
			.collect(Collectors.groupingBy(Evidence::itemId,
					Collectors.mapping(
							e -> new EvidenceView(e.kind(), e.reference(), e.label(), e.addedBy(), e.addedAt()),
							Collectors.toList())));
		List<Supplement> added = checklists.supplements(h.id());
		Map<Long, List<ReviewComment>> answered = ReviewQuestions.answered(reviews.comments(h.id()), added);
		Map<Long, List<SupplementView>> supplements = added.stream()
			.collect(Collectors.groupingBy(Supplement::itemId,
					Collectors.mapping(s -> supplement(s, answered), Collectors.toList())));
		Map<Long, List<Item>> bySection = items.stream().collect(Collectors.groupingBy(Item::sectionId));
		Map<Long, dev.baton.bot.checklist.ItemDraft> first = checklists.firstRecorded(h.id());
		Map<Long, dev.baton.bot.checklist.DoneDate> firstDone = checklists.firstDone(h.id());
		Map<Long, java.util.Optional<java.time.LocalDate>> ruledDeadlines = checklists.ruledDeadlines(h.id());
		Map<Long, Dispute> ruled = new java.util.HashMap<>();
		disputes.stream().filter(d -> d.changedAmount() || d.changedQuantity()).forEach(d -> ruled.put(d.itemId(), d));
		var ruler = records.policy(h).disputeRuler();
		return checklists.sections(h.id())
			.stream()
			.map(s -> new SectionView(s.code(), s.position(), s.titleZh(), s.titleEn(), s.economic(), s.declaredEmpty(),
					bySection.getOrDefault(s.id(), List.of())
						.stream()
						.map(i -> item(i, evidence.getOrDefault(i.id(), List.of()),
								supplements.getOrDefault(i.id(), List.of()),
								ItemCorrected.of(i, first.get(i.id()), firstDone.get(i.id()), ruled.get(i.id()),
										ruledDeadlines.get(i.id()), ruler)))
						.toList()))
			.toList();
	}

	private static ItemView item(Item i, List<EvidenceView> evidence, List<SupplementView> supplements,
			List<HandoverView.CorrectedView> corrected) {
		return new ItemView(i.seq(), i.title(), i.details(), i.status(), exact(i.amount()), i.currency(),
				i.counterparty(), i.deadline(), i.responsible(), i.unfinished(), i.confirmation(), evidence,
				i.updatedAt(), i.quantity() == null ? null : i.quantity().toPlainString(), i.quantityUnit(),
				i.quantity() == null ? null : Quantity.format(i.quantity(), i.quantityUnit(), false), supplements,
				i.doneOn() != null ? i.doneOn().toString() : i.doneIn() != null ? i.doneIn().toString() : null,
				i.said(), corrected);
	}

	/**
	 * Words added to an item, with the questions they answer (newcomer 25, finding 11).
	 */
	private static SupplementView supplement(Supplement s, Map<Long, List<ReviewComment>> answered) {
		return new SupplementView(s.round(), s.body(), s.addedBy(), s.addedAt(),
				answered.getOrDefault(s.id(), List.of())
					.stream()
					.map(q -> new QuestionView(q.round(), q.department(), q.authorId(), q.body(), q.createdAt()))
					.toList());
	}

	private List<ReviewView> reviews(Handover h, List<ReviewDecision> decisions, Map<Long, Integer> seqOf) {
		List<ReviewComment> all = reviews.comments(h.id());
		// one comment about several items is one comment naming them all (#12, newcomer
		// 11)
		List<dev.baton.bot.review.ReturnRemarks.Numbered> numbered = all.stream()
			.map(c -> new dev.baton.bot.review.ReturnRemarks.Numbered(c, seqOf.getOrDefault(c.itemId(), 0)))
			.toList();
		List<Supplement> supplements = checklists.supplements(h.id());
		Map<Long, List<ReviewComment>> answered = ReviewQuestions.answered(all, supplements);
		Map<String, List<CommentView>> comments = dev.baton.bot.review.ReturnRemarks.gathered(numbered)
			.stream()
			.collect(Collectors.groupingBy(g -> g.get(0).comment().round() + ":" + g.get(0).comment().department(),
					java.util.LinkedHashMap::new, Collectors.mapping(g -> {
						ReviewComment c = g.get(0).comment();
						return new CommentView(g.get(0).seq(), c.authorId(), c.body(), c.createdAt(),
								g.stream().map(dev.baton.bot.review.ReturnRemarks.Numbered::seq).toList(), c.kind(),
								answers(g, supplements, answered));
					}, Collectors.toList())));
		// a department that only asked in a round it did not decide is listed too
		// (newcomer 25, finding 11)
		return ReviewEntries.of(decisions, all)
			.stream()
			.map(d -> new ReviewView(d.round(), d.department(), d.reviewerId(), d.decision(), d.comment(),
					d.decidedAt(), comments.getOrDefault(d.round() + ":" + d.department(), List.of())))
			.toList();
	}

	/**
	 * A question's answers (newcomer 21, finding 7): on each item it names, the first
	 * words the departing official added in its round after it was asked, as
	 * {@link dev.baton.bot.review.ReviewQuestions} takes them; none for a comment.
	 */
	private static List<SupplementView> answers(List<dev.baton.bot.review.ReturnRemarks.Numbered> remark,
			List<Supplement> supplements, Map<Long, List<ReviewComment>> answered) {
		List<SupplementView> out = new java.util.ArrayList<>();
		for (dev.baton.bot.review.ReturnRemarks.Numbered n : remark) {
			ReviewComment c = n.comment();
			if (!c.question()) {
				continue;
			}
			ReviewQuestions.answer(c, supplements).ifPresent(s -> out.add(supplement(s, answered)));
		}
		return List.copyOf(out);
	}

	private List<DisputeView> disputes(Handover h, List<Dispute> disputes, List<Item> items, List<Item> withdrawn) {
		if (disputes.isEmpty()) {
			return List.of();
		}
		Map<Long, Item> byId = new java.util.HashMap<>();
		items.forEach(i -> byId.put(i.id(), i));
		withdrawn.forEach(i -> byId.put(i.id(), i));
		return DisputeViews.of(disputes, byId, checklists.ruledDeadlines(h.id()));
	}

	private List<SignatureView> signatures(Handover h) {
		return signoff.signatures(h.id())
			.stream()
			.map(s -> new SignatureView(s.signerRole(), s.officialId(), s.signedAt()))
			.toList();
	}

	private List<FollowUpView> followUp(Handover h) {
		// the step's history: reports taken back are shown, marked withdrawn (#12,
		// newcomer 8, finding 11)
		Map<Long, List<ProgressView>> progress = followUp.history(h.id())
			.stream()
			.collect(Collectors.groupingBy(ReportedProgress::stepId,
					Collectors.mapping(p -> new ProgressView(p.note(), p.evidence(), p.completes(), p.reportedBy(),
							p.reportedAt(), p.withdrawnAt()), Collectors.toList())));
		return followUp.steps(h.id())
			.stream()
			.map((FollowUpStep s) -> new FollowUpView(s.id(), s.itemSeq(), s.seq(), s.description(), s.dueOn(),
					s.completedAt(), progress.getOrDefault(s.id(), List.of())))
			.toList();
	}

	private List<StepView> steps(List<WaitingStep> steps) {
		var today = time.today();
		return steps.stream()
			.map(s -> new StepView(s.kind(), s.subject(), s.round(), s.startedOn(), s.dueOn(), s.doneAt(),
					s.open() && today.isAfter(s.dueOn())))
			.toList();
	}

	private List<HistoryRow> history(Handover h) {
		return audit.history(h.id())
			.stream()
			.map((AuditEntry e) -> new HistoryRow(e.seq(), e.action(), e.actorId(), detail(e.detail()), e.createdAt()))
			.toList();
	}

	private JsonNode detail(String body) {
		try {
			return json.readTree(body);
		}
		catch (JacksonException ex) {
			return StringNode.valueOf(body);
		}
	}

	/** Exact to the fen, as stored: "1234567.89", never 1.23456789E6. */
	private static String exact(BigDecimal amount) {
		return amount == null ? null : amount.toPlainString();
	}

}
