package dev.baton.bot.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.QuestionAnswers;
import dev.baton.bot.checklist.Supplement;
import dev.baton.bot.directory.Department;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverNotices;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.InvalidStateException;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's question that is not a return (#12, newcomer 16, 2b: 财政's 「第6项运维费合同是哪年签的？」
 * could only be a return, recorded as 交接不清, or nothing). The question goes to the
 * departing official naming the item; the review stays open (the reviewer may still
 * approve or return), no discipline flag is raised. The question is kept on the item as a
 * review comment marked QUESTION, the answer as a supplement of the item in the round,
 * and the answer goes back to the reviewer who asked.
 */
@Service
public class ReviewQuestions {

	private final HandoverRecords records;

	private final ReviewMapper mapper;

	private final Checklists checklists;

	private final QuestionAnswers answers;

	private final HandoverNotices notices;

	private final TimeSource time;

	ReviewQuestions(HandoverRecords records, ReviewMapper mapper, Checklists checklists, QuestionAnswers answers,
			HandoverNotices notices, TimeSource time) {
		this.records = records;
		this.mapper = mapper;
		this.checklists = checklists;
		this.answers = answers;
		this.notices = notices;
		this.time = time;
	}

	/**
	 * 只提问（不退回）: each item's question kept on it and sent to the departing official;
	 * nothing else changes.
	 * @param questions the question by item number
	 */
	@Transactional
	public void ask(Actor actor, long handoverId, Department department, Map<Integer, String> questions) {
		if (questions == null || questions.isEmpty()
				|| questions.values().stream().anyMatch(q -> q == null || q.isBlank())) {
			throw new InvalidInputException("review.questionEmpty", "a question needs words and an item");
		}
		Handover h = records.lock(handoverId);
		if (!records.policy(h).reviewers().contains(department)) {
			throw new InvalidInputException("review.notAReviewer", department + " does not review under this policy",
					department.zh(), department.zh());
		}
		records.require(actor, Action.REVIEW, h, department);
		h.requireInReview();
		if (mapper.decisions(h.id())
			.stream()
			.anyMatch(d -> d.round() == h.reviewRound() && d.department() == department)) {
			throw new InvalidStateException(h.id(), h.state(), "ask after the department decided this round");
		}
		long by = actor.officialId() == null ? 0 : actor.officialId();
		for (Map.Entry<Integer, String> q : new java.util.TreeMap<>(questions).entrySet()) {
			Item item = checklists.item(h.id(), q.getKey());
			String body = q.getValue().strip();
			mapper.insertQuestion(h.id(), h.reviewRound(), department, item.id(), by, body, time.now());
			records.audit(h, actor, "REVIEW_QUESTION_ASKED", Map.of("department", department.name(), "round",
					h.reviewRound(), "item", item.seq(), "text", body));
			notices.notify(h, OutboxEvent.REVIEW_QUESTION, List.of(h.departingId()), false,
					Map.of("department", department.name(), "asker", actor.name(), "seq", item.seq(), "title",
							item.title(), "question", body));
		}
	}

	/**
	 * The questions of this review round still waiting for the departing official's
	 * answer, by item number (the first asked on an item first).
	 */
	public Map<Integer, ReviewComment> open(Handover h) {
		Map<Integer, ReviewComment> open = new java.util.TreeMap<>();
		if (h.state() != HandoverState.IN_REVIEW) {
			return open;
		}
		Map<Long, Integer> numbers = checklists.numbers(h.id());
		List<Supplement> supplements = checklists.supplements(h.id());
		for (ReviewComment c : mapper.comments(h.id())) {
			Integer seq = numbers.get(c.itemId());
			boolean answered = answer(c, supplements).isPresent();
			if (c.question() && c.round() == h.reviewRound() && seq != null && !answered) {
				open.putIfAbsent(seq, c);
			}
		}
		return open;
	}

	/**
	 * A question's answer among an item's words added: the first added to its item in its
	 * round after it was asked (the record page and the 交接书 say it; newcomer 21, finding
	 * 7).
	 * @param supplements the handover's, oldest first
	 */
	public static java.util.Optional<Supplement> answer(ReviewComment question, List<Supplement> supplements) {
		return supplements.stream()
			.filter(s -> s.itemId() == question.itemId() && s.round() == question.round()
					&& !s.addedAt().isBefore(question.createdAt()))
			.findFirst();
	}

	/**
	 * The questions each of the item's words added answers, by the supplement's id, as
	 * {@link #answer(ReviewComment, List)} pairs them (newcomer 25, finding 11: an answer
	 * read as an ordinary supplement); words that answer none are not in it.
	 * @param supplements the handover's, oldest first
	 */
	public static Map<Long, List<ReviewComment>> answered(List<ReviewComment> comments, List<Supplement> supplements) {
		Map<Long, List<ReviewComment>> answered = new java.util.HashMap<>();
		for (ReviewComment c : comments) {
			if (c.question()) {
				answer(c, supplements).ifPresent(s -> answered.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(c));
			}
		}
		return answered;
	}

	/**
	 * The departing official's answer to the question open on item {@code seq}: kept on
	 * the item, and sent to each reviewer who asked about it.
	 * @return the answer as kept, and the questions it answers
	 */
	@Transactional
	public Answered answer(Actor actor, long handoverId, int seq, String text) {
		Handover h = records.lock(handoverId);
		List<ReviewComment> asked = new ArrayList<>();
		Map<Long, Integer> numbers = checklists.numbers(h.id());
		ReviewComment first = open(h).get(seq);
		if (first == null) {
			throw new InvalidInputException("review.noQuestion", "no question is open on item " + seq, seq);
		}
		for (ReviewComment c : mapper.comments(h.id())) {
			if (c.question() && c.round() == h.reviewRound() && Integer.valueOf(seq).equals(numbers.get(c.itemId()))
					&& !c.createdAt().isBefore(first.createdAt())) {
				asked.add(c);
			}
		}
		Supplement s = answers.answer(actor, h, seq, text);
		Item item = checklists.item(h.id(), seq);
		for (ReviewComment c : asked) {
			notices.notify(h, OutboxEvent.REVIEW_QUESTION_ANSWERED, List.of(c.authorId()), false,
					Map.of("department", c.department().name(), "seq", seq, "title", item.title(), "question", c.body(),
							"answer", s.body()));
		}
		return new Answered(s, asked);
	}

	/** The answer as kept and the questions it answered. */
	public record Answered(Supplement answer, List<ReviewComment> questions) {
	}

}
