package dev.baton.bot.console.record;

import dev.baton.bot.console.PageTexts;
import dev.baton.bot.console.urge.Urge;
import org.springframework.stereotype.Component;

/**
 * A 催办 line of the record page in words (templates reach it as {@code @urgeWords}): who
 * urged, when, and whom it was sent to by name and part (newcomer 15, finding 16: 发给1人
 * said no name): 2026-12-04 10:39 王组织催办，发给陈离任（离任干部）。请尽快. An urge sent before V52 stored
 * its count only and says it.
 */
@Component("urgeWords")
public class UrgeWords {

	private final PageTexts texts;

	UrgeWords(PageTexts texts) {
		this.texts = texts;
	}

	public String say(Urge u) {
		String note = u.note() == null ? "" : u.note();
		if (u.urged().isEmpty()) {
			return texts.text("supervision.urgeRow", texts.time(u.urgedAt()), u.urgedByName(), u.recipients(), note);
		}
		String to = String.join(texts.text("supervision.nameSep"),
				u.urged()
					.stream()
					.map(r -> texts.text("supervision.urgedPerson", r.name(), texts.text("label." + r.role())))
					.toList());
		return texts.text("supervision.urgeRowTo", texts.time(u.urgedAt()), u.urgedByName(), to, note);
	}

}
