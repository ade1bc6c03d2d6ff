package dev.baton.bot.console.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Supplement;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.review.ReviewComment;
import dev.baton.bot.review.ReviewQuestions;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.system.SentenceEnds;
import dev.baton.bot.web.HandoverView.CommentView;
import dev.baton.bot.web.HandoverView.ItemView;
import dev.baton.bot.web.HandoverView.SupplementView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A reviewer's comment on items in the record's 联合审核 (templates reach it as
 * {@code @questionWords}): a question asked without a return said as a question, with the
 * departing official's answer, by whom and when, or that none came yet (newcomer 21,
 * finding 7: 只提问 read as 对第6项的意见 and its answer was nowhere); a comment as before. Under
 * each item of the checklist, the questions asked about it with their answers, and the
 * words added to it that answer none (newcomer 22, finding 9: the item showed the answer
 * alone, not the question it answers).
 */
@Component("questionWords")
public class QuestionWords {

	private final PageTexts texts;

	private final ReviewService reviews;

	private final Checklists checklists;

	QuestionWords(PageTexts texts, ReviewService reviews, Checklists checklists) {
		this.texts = texts;
		this.reviews = reviews;
		this.checklists = checklists;
	}

	public String say(CommentView c, RecordView view) {
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		String items = String.join(english ? ", " : "、", c.itemSeqs().stream().map(String::valueOf).toList());
		if (!c.question()) {
			return texts.text("supervision.comment", items, c.body());
		}
		String said = texts.text("record.question.asked", items, c.body());
		if (c.answers().isEmpty()) {
			return SentenceEnds.join(said, texts.text("record.question.unanswered"));
		}
		for (SupplementView a : c.answers()) {
			said = SentenceEnds.join(said,
					texts.text("record.question.answer", a.body(), view.name(a.addedBy()), texts.time(a.addedAt())));
		}
		return said;
	}

	/**
	 * The notes under item {@code i} of handover {@code handoverId}: each question asked
	 * about it (round, department, who asked) with its answer or that none came yet, then
	 * the words added to it that answer no question.
	 */
	public List<String> onItem(long handoverId, ItemView i, RecordView view) {
		Map<Long, Integer> numbers = checklists.numbers(handoverId);
		List<Supplement> supplements = checklists.supplements(handoverId);
		List<String> notes = new ArrayList<>();
		for (ReviewComment c : reviews.comments(handoverId)) {
			if (!c.question() || !Integer.valueOf(i.seq()).equals(numbers.get(c.itemId()))) {
				continue;
			}
			String asked = texts.text("supervision.itemQuestion", c.round(), texts.text("label." + c.department()),
					view.name(c.authorId()), c.body());
			Optional<Supplement> answer = ReviewQuestions.answer(c, supplements);
			notes.add(SentenceEnds.join(asked,
					answer
						.map(a -> texts.text("record.question.answer", a.body(), view.name(a.addedBy()),
								texts.time(a.addedAt())))
						.orElseGet(() -> texts.text("record.question.unanswered"))));
		}
		// the record's own mark of an answer (newcomer 25, finding 11): the page and the
		// API cannot disagree on which words answer a question
		for (SupplementView x : i.supplements()) {
			if (x.answerTo().isEmpty()) {
				notes.add(texts.text("supervision.supplement", x.body(), view.name(x.addedBy())));
			}
		}
		return notes;
	}

}
