package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Supplement;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.review.ReviewComment;
import dev.baton.bot.review.ReviewQuestions;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Component;

/**
 * The notes shown on an item in chat, by item id: the review comments of the latest
 * return (department, round, comment) while the checklist is being corrected or reviewed
 * again, and every round's once it is reviewed (a supplement without the comment it
 * answers is half the story); and the words the departing official added to the item
 * (补充), with their date; and its dispute, the reason while it waits and then the ruling
 * beside the successor's reason, where a correction shows what the departing side stated
 * and what audit ruled. A question asked without a return is said as one, with its answer
 * (those words are not said again as 补充).
 */
@Component
final class ItemNotes {

	private final ReviewService reviews;

	private final Checklists checklists;

	private final Disputes disputes;

	private final TimeSource time;

	ItemNotes(ReviewService reviews, Checklists checklists, Disputes disputes, TimeSource time) {
		this.reviews = reviews;
		this.checklists = checklists;
		this.disputes = disputes;
		this.time = time;
	}

	Map<Long, List<String>> of(Handover h, Texts t) {
		Map<Long, List<String>> notes = new LinkedHashMap<>();
		boolean correcting = h.state() == HandoverState.DRAFTING || h.state() == HandoverState.IN_REVIEW;
		// while correcting, the comments of the latest return; once reviewed, every
		// round's, beside what answers them
		List<ReviewComment> comments = correcting ? reviews.latestReturnComments(h.id())
				: reviews.comments(h.id())
					.stream()
					.filter(c -> !c.question())
					.sorted(java.util.Comparator.comparingInt(ReviewComment::round))
					.toList();
		// one comment about several items is shown once, under the first item it names,
		// with all of them; the others point to it (#12, newcomer 11)
		Map<Long, Integer> numbers = checklists.numbers(h.id());
		List<dev.baton.bot.review.ReturnRemarks.Numbered> numbered = comments.stream()
			.map(c -> new dev.baton.bot.review.ReturnRemarks.Numbered(c, numbers.getOrDefault(c.itemId(), 0)))
			.toList();
		for (List<dev.baton.bot.review.ReturnRemarks.Numbered> remark : dev.baton.bot.review.ReturnRemarks
			.gathered(numbered)) {
			ReviewComment c = remark.get(0).comment();
			String department = t.department(c.department());
			if (remark.size() == 1) {
				notes.computeIfAbsent(c.itemId(), id -> new ArrayList<>())
					.add(t.get("conv.item.reviewComment", c.round(), department, c.body()));
				continue;
			}
			String named = new dev.baton.bot.review.ReturnRemarks.Remark(
					remark.stream().map(dev.baton.bot.review.ReturnRemarks.Numbered::seq).toList(), c.body())
				.named(t.english());
			notes.computeIfAbsent(c.itemId(), id -> new ArrayList<>())
				.add(t.get("conv.item.reviewComment", c.round(), department,
						named + (t.english() ? ": " : "：") + c.body()));
			for (dev.baton.bot.review.ReturnRemarks.Numbered other : remark.subList(1, remark.size())) {
				notes.computeIfAbsent(other.comment().itemId(), id -> new ArrayList<>())
					.add(t.get("conv.item.reviewCommentShared", c.round(), department, remark.get(0).seq()));
			}
		}
		List<Supplement> supplements = checklists.supplements(h.id());
		Set<Long> answers = questions(h, t, supplements, notes);
		for (Supplement s : supplements) {
			if (answers.contains(s.id())) {
				continue; // said with the question it answers
			}
			notes.computeIfAbsent(s.itemId(), id -> new ArrayList<>())
				.add(t.get("conv.item.supplement", day(s), s.body()));
		}
		Map<Long, Dispute> lastDispute = new LinkedHashMap<>();
		for (Dispute d : disputes.forHandover(h.id())) {
			lastDispute.put(d.itemId(), d);
		}
		lastDispute.forEach((itemId, d) -> {
			List<String> on = notes.computeIfAbsent(itemId, id -> new ArrayList<>());
			if (d.ruling() != null) {
				on.add(t.get("conv.item.disputeReason", d.reason())); // the ruling
																		// answers this
			}
			on.add(ItemLines.dispute(t, d));
		});
		return notes;
	}

	/**
	 * Each question asked without a return, on its item, as a question (newcomer 22,
	 * finding 9: it read 审核意见, as if the item had been returned), with its answer and its
	 * day, or that none came yet.
	 * @return the ids of the words added that answer one
	 */
	private Set<Long> questions(Handover h, Texts t, List<Supplement> supplements, Map<Long, List<String>> notes) {
		Set<Long> answers = new HashSet<>();
		for (ReviewComment q : reviews.comments(h.id())) {
			if (!q.question()) {
				continue;
			}
			String department = t.department(q.department());
			Optional<Supplement> answer = ReviewQuestions.answer(q, supplements);
			answer.ifPresent(a -> answers.add(a.id()));
			notes.computeIfAbsent(q.itemId(), id -> new ArrayList<>())
				.add(answer
					.map(a -> t.get("conv.item.questionAnswered", q.round(), department, q.body(), day(a), a.body()))
					.orElseGet(() -> t.get("conv.item.questionOpen", q.round(), department, q.body())));
		}
		return answers;
	}

	private String day(Supplement s) {
		return LocalDate.ofInstant(s.addedAt(), time.zone()).toString();
	}

	List<String> of(Handover h, Texts t, long itemId) {
		return of(h, t).getOrDefault(itemId, List.of());
	}

	/**
	 * By item id, what the departing official first recorded for each item edited since,
	 * with the dispute whose ruling changed its amount or quantity: a value corrected
	 * since says so beside the words as said.
	 */
	Map<Long, FirstRecorded> firstRecorded(Handover h) {
		Map<Long, FirstRecorded> out = new LinkedHashMap<>();
		Map<Long, Dispute> changed = new LinkedHashMap<>();
		for (Dispute d : disputes.forHandover(h.id())) {
			if (d.changedAmount() || d.changedQuantity()) {
				changed.put(d.itemId(), d);
			}
		}
		Map<Long, dev.baton.bot.checklist.DoneDate> done = checklists.firstDone(h.id());
		checklists.firstRecorded(h.id())
			.forEach((itemId, first) -> out.put(itemId,
					new FirstRecorded(first, changed.get(itemId), done.get(itemId))));
		return out;
	}

	FirstRecorded firstRecorded(Handover h, long itemId) {
		return firstRecorded(h).getOrDefault(itemId, FirstRecorded.NONE);
	}

}
