package dev.baton.bot.checklist;

import java.util.Map;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;

/**
 * The departing official's answer to a reviewer's question asked without a return (#12,
 * newcomer 16, 2b): kept as a supplement of the item in the review round, as 第N项补充：… is
 * while drafting. Only while the checklist is in review; the caller checks that a
 * question on the item is open.
 */
@Service
public class QuestionAnswers {

	private final ChecklistWriter writer;

	private final HandoverRecords records;

	private final ChecklistMapper mapper;

	private final TimeSource time;

	QuestionAnswers(ChecklistWriter writer, TimeSource time) {
		this.writer = writer;
		this.records = writer.records();
		this.mapper = writer.mapper();
		this.time = time;
	}

	/** The answer on item {@code seq}, with the handover locked and in review. */
	public Supplement answer(Actor actor, Handover h, int seq, String text) {
		String body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new InvalidInputException("checklist.supplementEmpty", "an answer needs words", seq);
		}
		if (body.codePointCount(0, body.length()) > ItemCorrections.SUPPLEMENT_MAX) {
			throw new InvalidInputException("checklist.supplementTooLong", "an answer is at most 2000 characters",
					ItemCorrections.SUPPLEMENT_MAX);
		}
		records.require(actor, Action.EDIT_CHECKLIST, h);
		h.requireInReview();
		Item item = writer.liveItem(h, seq);
		long by = actor.officialId() == null ? 0 : actor.officialId();
		mapper.insertSupplement(item.id(), h.reviewRound(), body, by, time.now());
		Long id = mapper.lastSupplementId(item.id());
		records.audit(h, actor, "REVIEW_QUESTION_ANSWERED",
				Map.of("item", seq, "round", h.reviewRound(), "text", body));
		return mapper.supplements(h.id()).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
	}

}
