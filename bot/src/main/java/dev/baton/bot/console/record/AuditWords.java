package dev.baton.bot.console.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.console.PageTexts;
import dev.baton.bot.web.HandoverView.SectionView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What an audit row's detail says in the reader's words: its reason (a handover's reason said as the header says it,
 * 调动 not TRANSFER), the section a "none in this section" names, the item a ruling or comment is about set apart from
 * its note, and the how of an acknowledgement in the page's language. Templates reach it as {@code auditWords}.
 */
@Component("auditWords")
public class AuditWords {

	private static final List<String> REASONS = List.of("TRANSFER", "REMOVAL", "RESIGNATION", "RETIREMENT", "OTHER");

	private final PageTexts texts;

	AuditWords(PageTexts texts) {
		this.texts = texts;
	}

	public String say(JsonNode detail, List<SectionView> sections) {
		if (detail == null || !detail.isObject()) {
			return "";
		}
		List<String> said = new ArrayList<>();
		String section = string(detail, "section");
		if (section != null && sections != null) {
			sections.stream()
				.filter(s -> s.code().equals(section))
				.findFirst()
				.ifPresent(s -> said.add(texts.text("supervision.audit.section", s.position(), english() ? s.titleEn() : s.titleZh())));
		}
		String reason = string(detail, "reason");
		if (reason != null) {
			said.add(REASONS.contains(reason) ? texts.text("conv.org.reason." + reason) : reason);
		}
		for (String field : List.of("note", "comment")) {
			String value = string(detail, field);
			if (value != null) {
				said.add(value);
			}
		}
		String how = string(detail, "how");
		if (how != null) {
			said.add(switch (how) {
				case "acknowledged the notice" -> texts.text("supervision.audit.how.acknowledged");
				case "started the checklist" -> texts.text("supervision.audit.how.started");
				default -> how;
			});
		}
		String title = string(detail, "title");
		JsonNode item = detail.get("item");
		String subject = null;
		if (item != null && item.isNumber()) {
			subject = texts.text("supervision.item", item.asInt(), title == null ? "" : title).strip();
		}
		else if (title != null) {
			subject = title;
		}
		String rest = String.join(english() ? "; " : "；", said);
		if (subject == null) {
			return rest;
		}
		return rest.isEmpty() ? subject : texts.text("supervision.audit.about", subject, rest);
	}

	private static boolean english() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private static String string(JsonNode detail, String field) {
		JsonNode value = detail.get(field);
		return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

}
