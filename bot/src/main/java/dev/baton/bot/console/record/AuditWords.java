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
 * What an audit row's detail says in the reader's words: its reason (a handover's reason
 * said as the header says it, 调动 not TRANSFER), the section a "none in this section"
 * names, the item a ruling or comment is about set apart from its note, and the how of an
 * acknowledgement in the page's language. Templates reach it as {@code auditWords}.
 */
@Component("auditWords")
public class AuditWords {

	private static final List<String> STATES = java.util.Arrays.stream(dev.baton.bot.handover.HandoverState.values())
		.map(Enum::name)
		.toList();

	private static final List<String> REASONS = List.of("TRANSFER", "REMOVAL", "RESIGNATION", "RETIREMENT", "OTHER");

	private final PageTexts texts;

	AuditWords(PageTexts texts) {
		this.texts = texts;
	}

	public String say(JsonNode detail, List<SectionView> sections) {
		return say(null, detail, sections);
	}

	/**
	 * As {@link #say(JsonNode, List)}, with what only the row's action has to say: an
	 * item added says the words as said and what was read from them (#17).
	 */
	public String say(String action, JsonNode detail, List<SectionView> sections) {
		if (detail == null || !detail.isObject()) {
			return "";
		}
		List<String> said = new ArrayList<>();
		String section = string(detail, "section");
		if (section != null && sections != null) {
			sections.stream()
				.filter(s -> s.code().equals(section))
				.findFirst()
				.ifPresent(s -> said
					.add(texts.text("supervision.audit.section", s.position(), english() ? s.titleEn() : s.titleZh())));
		}
		if ("ITEM_ADDED".equals(action)) {
			said.addAll(ItemAddedWords.of(detail, texts, english()));
		}
		// the demo's overdue handover moved back in time: the dates, old and new
		String asOpened = string(detail, "checklistDueAsOpened");
		if (asOpened != null) {
			said.add(texts.text("supervision.audit.demoBackdated", string(detail, "openedOn"), asOpened,
					string(detail, "checklistDue")));
		}
		// 进入下一阶段: from which stage to which (#17)
		String fromState = string(detail, "from");
		String toState = string(detail, "to");
		if (fromState != null && toState != null && STATES.contains(fromState) && STATES.contains(toState)) {
			said.add(texts.text("supervision.audit.stage", texts.text("conv.state." + fromState),
					texts.text("conv.state." + toState)));
		}
		// 延期: each moved step with its old and new due day (#17)
		JsonNode steps = detail.get("steps");
		if (steps != null && steps.isArray()) {
			for (JsonNode step : steps) {
				String kind = string(step, "kind");
				String from = string(step, "from");
				String to = string(step, "to");
				if (kind != null && from != null && to != null) {
					// the step by its number or part, 推进计划步骤5.1 (newcomer 21, finding 8)
					said.add(texts.text("supervision.audit.extended",
							texts.stepInSentence(kind, string(step, "subject")), from, to));
				}
			}
		}
		// 更换接任人: who replaced whom (newcomer 17), then the reason
		String fromName = string(detail, "fromName");
		String toName = string(detail, "toName");
		if (fromName != null && toName != null) {
			said.add(texts.text("audit.detail.successorChange", fromName, toName));
		}
		String reason = string(detail, "reason");
		if (reason != null) {
			// the reason an opening kept, 其他 with its words (newcomer 20)
			said.add(REASONS.contains(reason)
					? texts.reason(dev.baton.bot.handover.HandoverReason.valueOf(reason), string(detail, "reasonNote"))
					: reason);
		}
		for (String field : List.of("note", "comment")) {
			String value = string(detail, field);
			if (value != null) {
				said.add(value);
			}
		}
		said.addAll(AuditDeeds.of(action, detail, texts, english()));
		// a review's comments on items (a return may say nothing else; newcomer 14,
		// finding 16)
		JsonNode itemComments = detail.get("itemComments");
		if (itemComments != null && itemComments.isObject()) {
			for (var entry : itemComments.properties()) {
				if (entry.getValue().isString() && !entry.getValue().asString().isBlank()) {
					said.add(texts.text("supervision.audit.itemComment", entry.getKey(), entry.getValue().asString()));
				}
			}
		}
		// a plan step changed: its due day and its words, old and new
		String fromDue = string(detail, "fromDue");
		String toDue = string(detail, "toDue");
		if (fromDue != null && toDue != null && !fromDue.equals(toDue)) {
			said.add(texts.text("supervision.audit.stepDue", fromDue, toDue));
		}
		String fromWords = string(detail, "fromDescription");
		String toWords = string(detail, "toDescription");
		if (fromWords != null && toWords != null && !fromWords.equals(toWords)) {
			said.add(texts.text("supervision.audit.stepWords", fromWords, toWords));
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
		JsonNode step = detail.get("step");
		String subject = null;
		if (item != null && item.isNumber() && step != null && step.isNumber()) {
			// a plan step's row names the step (推进计划步骤5.1), not only its item
			subject = texts.text("supervision.planStepNo", item.asInt() + "." + step.asInt());
		}
		else if (item != null && item.isNumber()) {
			subject = texts.text("supervision.item", item.asInt(), title == null ? "" : title).strip();
		}
		else if (title != null) {
			subject = title;
		}
		String rest = String.join(english() ? "; " : "；", said);
		String changed = changes(detail.get(dev.baton.bot.checklist.FieldChanges.KEY),
				item != null && item.isNumber() ? item.asInt() : null, sections);
		if (!changed.isEmpty()) {
			// an edit says what it changed, old and new (第4项金额：365,000.00元 →
			// 382,000.00元), then its note
			return rest.isEmpty() ? changed : changed + (english() ? "; " : "；") + rest;
		}
		if (subject == null) {
			return rest;
		}
		return rest.isEmpty() ? subject : texts.text("supervision.audit.about", subject, rest);
	}

	/**
	 * Each field an edit changed, with its old and new value in words; "" when the row
	 * records none.
	 */
	private String changes(JsonNode changes, Integer item, List<SectionView> sections) {
		if (changes == null || !changes.isArray() || changes.isEmpty()) {
			return "";
		}
		List<String> out = new ArrayList<>();
		for (JsonNode change : changes) {
			String field = string(change, "field");
			if (field == null) {
				continue;
			}
			String label = texts.text("supervision.audit.field." + field);
			String from = value(field, string(change, "from"), sections);
			String to = value(field, string(change, "to"), sections);
			out.add(item == null ? texts.text("supervision.audit.change", label, from, to)
					: texts.text("supervision.audit.change.onItem", item, label, from, to));
		}
		return String.join(english() ? "; " : "；", out);
	}

	/**
	 * A field's value as the record page says it elsewhere: 365,000.00元, 29.22万亩, 推进中,
	 * 第2部分 …; 空 for none.
	 */
	private String value(String field, String stored, List<SectionView> sections) {
		if (stored == null) {
			return texts.text("supervision.audit.empty");
		}
		int space = stored.lastIndexOf(' ');
		return switch (field) {
			case "AMOUNT" -> space < 0 ? texts.money(stored, null)
					: texts.money(stored.substring(0, space), stored.substring(space + 1));
			case "QUANTITY" -> space < 0 ? stored : dev.baton.bot.checklist.Quantity
				.format(new java.math.BigDecimal(stored.substring(0, space)), stored.substring(space + 1), english());
			case "STATUS" -> texts.text("supervision.status." + stored);
			case "LISTED" -> texts.text("supervision.audit.listed." + stored);
			case "SECTION" -> sections == null ? stored : sections.stream()
				.filter(s -> s.code().equals(stored))
				.findFirst()
				.map(s -> texts.text("supervision.audit.section", s.position(), english() ? s.titleEn() : s.titleZh()))
				.orElse(stored);
			default -> stored;
		};
	}

	private static boolean english() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private static String string(JsonNode detail, String field) {
		JsonNode value = detail.get(field);
		return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

}
