package dev.baton.bot.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.directory.Department;
import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.discipline.FlagNotices;
import dev.baton.bot.discipline.FlagReasons;
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
 * Joint review (联合审核): each reviewing department approves or returns the submitted
 * checklist, with comments per item. Any return sends it back to drafting and ends the
 * round; all approving moves it to confirmation.
 */
@Service
public class ReviewService {

	private final HandoverRecords records;

	private final ReviewMapper mapper;

	private final Checklists checklists;

	private final FlagNotices flags;

	private final FlagReasons reasons;

	private final TimeSource time;

	private final WaitingSteps waitingSteps;

	private final HandoverNotices handoverNotices;

	private final HandoverReviewers handoverReviewers;

	ReviewService(HandoverRecords records, ReviewMapper mapper, Checklists checklists, FlagNotices flags,
			FlagReasons reasons, TimeSource time, WaitingSteps waitingSteps, HandoverNotices handoverNotices,
			HandoverReviewers handoverReviewers) {
		this.handoverReviewers = handoverReviewers;
		this.handoverNotices = handoverNotices;
		this.waitingSteps = waitingSteps;
		this.time = time;
		this.reasons = reasons;
		this.records = records;
		this.mapper = mapper;
		this.checklists = checklists;
		this.flags = flags;
	}

	@Transactional
	public void approve(Actor actor, long handoverId, Department department, String comment,
			Map<Integer, String> itemComments) {
		Handover h = reviewable(actor, handoverId, department);
		record(h, actor, department, "APPROVED", comment, itemComments);
		waitingSteps.closeStep(h, WaitingStepKind.REVIEW, department.name());
		Set<Department> approved = decidedThisRound(h, "APPROVED");
		if (approved.containsAll(records.policy(h).reviewers())) {
			records.moved(h, h.passReview(), actor);
			java.time.LocalDate due = waitingSteps.openStep(h, WaitingStepKind.CONFIRMATION, "");
			int items = checklists.items(h.id()).size();
			// the request says by when (newcomer 22, finding 13)
			handoverNotices.notify(h, OutboxEvent.CONFIRMATION_REQUESTED, List.of(h.successorId()), false,
					Map.of("items", items, "dueOn", due.toString()));
			// the departing official (and the organizer) learn that the review passed and
			// who acts next
			handoverNotices.notify(h, OutboxEvent.REVIEW_PASSED, List.of(h.departingId(), h.organizerId()), false,
					Map.of("round", h.reviewRound(), "items", items, "reviewers",
							records.policy(h).reviewers().stream().map(Enum::name).toList()));
		}
	}

	/**
	 * 退回: back to the departing official with the reasons, in general ({@code comment})
	 * and per item; one of them is required. The notice names each item commented on and
	 * says how to answer.
	 */
	@Transactional
	public void returnChecklist(Actor actor, long handoverId, Department department, String comment,
			Map<Integer, String> itemComments) {
		boolean noComment = (comment == null || comment.isBlank()) && (itemComments == null || itemComments.isEmpty());
		if (noComment) {
			throw new InvalidInputException("review.returnNeedsReason", "a return needs a comment saying what to fix");
		}
		Handover h = reviewable(actor, handoverId, department);
		boolean firstReturn = mapper.decisions(h.id()).stream().noneMatch(d -> d.decision().equals("RETURNED"));
		record(h, actor, department, "RETURNED", comment, itemComments);
		List<Long> returnedTo = List.of(h.departingId(), h.organizerId()).stream().distinct().toList();
		FlagNotices.Fold fold = FlagNotices.Fold.NONE;
		if (firstReturn) {
			// 交接不清 is raised now: the supervisors hear of it in chat, not only in the API
			// (#13)
			// with its reason: this return, its department, its comments (#15); folded
			// into the return's notice to those who get both (newcomer 20a, finding 18)
			fold = flags.raised(h, DisciplineFlag.UNCLEAR_HANDOVER,
					Map.of("department", department.name(), "round", h.reviewRound()), reasons.returned(h.reviewRound(),
							department, actor.name(), time.today(), returnWords(comment, itemComments)),
					returnedTo);
		}
		waitingSteps.closeStep(h, WaitingStepKind.REVIEW, null);
		records.moved(h, h.returnToDrafting(), actor);
		java.time.LocalDate due = waitingSteps.openStep(h, WaitingStepKind.CHECKLIST, "");
		Map<String, Object> returned = Map.of("department", department.name(), "remarks",
				comment == null || comment.isBlank() ? List.of() : List.of(comment.strip()), "items",
				itemRows(h, itemComments), "dueOn", due.toString());
		for (long to : returnedTo) {
			Map<String, Object> notice = fold.into(to, returned);
			if (to != h.departingId()) {
				// how to amend is the departing official's part: the organizer is told
				// what happened, by when it comes back, and what he may do if it does not
				// (newcomer 24, finding 8)
				notice.put("variant", "organizer");
			}
			handoverNotices.notify(h, OutboxEvent.CHECKLIST_RETURNED, List.of(to), fold.has(to), notice);
		}
		// the other departments' reviewers: this round is over, nothing to do until the
		// checklist comes back
		List<Long> others = records.policy(h)
			.reviewers()
			.stream()
			.filter(d -> d != department)
			.flatMap(d -> handoverReviewers.reviewers(h, d).stream())
			.filter(id -> !actor.is(id) && id != h.departingId() && id != h.organizerId())
			.distinct()
			.toList();
		handoverNotices.notify(h, OutboxEvent.REVIEW_ROUND_ENDED, others, false,
				Map.of("department", department.name(), "round", h.reviewRound()));
	}

	/**
	 * A return's comments in one line: the general one, then 第N项：… for each item, in the
	 * items' order.
	 */
	static String returnWords(String comment, Map<Integer, String> itemComments) {
		List<String> words = new java.util.ArrayList<>();
		if (comment != null && !comment.isBlank()) {
			words.add(comment.strip());
		}
		// one comment about several items once, with the items it names (#12, newcomer
		// 11)
		for (ReturnRemarks.Remark r : ReturnRemarks
			.of(itemComments == null ? null : new java.util.TreeMap<>(itemComments))) {
			words.add(r.named(false) + "：" + r.body());
		}
		return String.join("；", words);
	}

	/**
	 * The comments of the latest return (the round in which a department last returned
	 * the checklist): what the departing official has to answer, shown on each item until
	 * the checklist is reviewed again. Empty if it was never returned.
	 */
	public List<ReviewComment> latestReturnComments(long handoverId) {
		int round = mapper.decisions(handoverId)
			.stream()
			.filter(d -> d.decision().equals("RETURNED"))
			.mapToInt(ReviewDecision::round)
			.max()
			.orElse(-1);
		return mapper.comments(handoverId).stream().filter(c -> c.round() == round && !c.question()).toList();
	}

	/**
	 * Each item commented on, by number and title, with its comment: the notice names
	 * every one.
	 */
	private List<Map<String, Object>> itemRows(Handover h, Map<Integer, String> itemComments) {
		if (itemComments == null) {
			return List.of();
		}
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		// one comment about several items is one row naming them all (#12, newcomer 11)
		for (ReturnRemarks.Remark remark : ReturnRemarks.of(itemComments)) {
			Item item = checklists.item(h.id(), remark.items().get(0));
			Map<String, Object> row = new java.util.LinkedHashMap<>(
					Map.of("seq", item.seq(), "title", item.title(), "comment", remark.body()));
			List<Map<String, Object>> also = new java.util.ArrayList<>();
			for (int seq : remark.items().subList(1, remark.items().size())) {
				Item other = checklists.item(h.id(), seq);
				also.add(Map.of("seq", other.seq(), "title", other.title()));
			}
			if (!also.isEmpty()) {
				row.put("also", also);
			}
			rows.add(row);
		}
		return rows;
	}

	public List<ReviewDecision> decisions(long handoverId) {
		return mapper.decisions(handoverId);
	}

	public List<ReviewComment> comments(long handoverId) {
		return mapper.comments(handoverId);
	}

	/**
	 * The department as the notices name it, in the reader's language (label.FINANCE:
	 * 财政部门).
	 */
	private static Object named(Department department) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "label." + department.name() }, department.zh());
	}

	private Handover reviewable(Actor actor, long handoverId, Department department) {
		Handover h = records.lock(handoverId);
		if (!records.policy(h).reviewers().contains(department)) {
			throw new InvalidInputException("review.notAReviewer", department + " does not review under this policy",
					named(department), named(department));
		}
		records.require(actor, Action.REVIEW, h, department);
		h.requireInReview();
		if (decidedThisRound(h, null).contains(department)) {
			throw new InvalidStateException(h.id(), h.state(), "review twice in one round");
		}
		return h;
	}

	private void record(Handover h, Actor actor, Department department, String decision, String comment,
			Map<Integer, String> itemComments) {
		long reviewer = actor.officialId() == null ? 0 : actor.officialId();
		var at = time.now();
		// no general comment is stored as none (null), never as "": a return that
		// comments only on items has none
		String general = comment == null || comment.isBlank() ? null : comment.strip();
		mapper.insertDecision(h.id(), h.reviewRound(), department, reviewer, decision, general, at);
		if (itemComments != null) {
			for (Map.Entry<Integer, String> entry : itemComments.entrySet()) {
				Item item = checklists.item(h.id(), entry.getKey());
				mapper.insertComment(h.id(), h.reviewRound(), department, item.id(), reviewer, entry.getValue(), at);
			}
		}
		Map<String, Object> detail = new java.util.LinkedHashMap<>();
		detail.put("department", department.name());
		detail.put("round", h.reviewRound());
		detail.put("comment", general);
		detail.put("itemComments", itemComments == null ? Map.of() : itemComments);
		records.audit(h, actor, "REVIEW_" + decision, detail);
	}

	private Set<Department> decidedThisRound(Handover h, String decision) {
		return mapper.decisions(h.id())
			.stream()
			.filter(d -> d.round() == h.reviewRound() && (decision == null || d.decision().equals(decision)))
			.map(ReviewDecision::department)
			.collect(Collectors.toSet());
	}

}
