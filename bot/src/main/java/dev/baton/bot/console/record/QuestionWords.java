package dev.baton.bot.console.record;

import java.util.Locale;

import dev.baton.bot.console.PageTexts;
import dev.baton.bot.web.HandoverView.CommentView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A reviewer's comment on items in the record's 联合审核 (templates reach it as
 * {@code @questionWords}): a question asked without a return said as a question, with the
 * departing official's answer, by whom and when, or that none came yet (newcomer 21,
 * finding 7: 只提问 read as 对第6项的意见 and its answer was nowhere); a comment as before.
 */
@Component("questionWords")
public class QuestionWords {

	private final PageTexts texts;

	QuestionWords(PageTexts texts) {
		this.texts = texts;
	}

	public String say(CommentView c, RecordView view) {
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		String items = String.join(english ? ", " : "、", c.itemSeqs().stream().map(String::valueOf).toList());
		if (!c.question()) {
			return texts.text("supervision.comment", items, c.body());
		}
		StringBuilder said = new StringBuilder(texts.text("n21f3.record.question", items, c.body()));
		if (c.answers().isEmpty()) {
			said.append(texts.text("n21f3.record.unanswered"));
		}
		c.answers()
			.forEach(a -> said
				.append(texts.text("n21f3.record.answer", a.body(), view.name(a.addedBy()), texts.time(a.addedAt()))));
		return said.toString();
	}

}
