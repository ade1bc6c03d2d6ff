package dev.baton.bot.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.baton.bot.calendar.CalendarCoverage;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.integrations.chat.Platform;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import tools.jackson.databind.JsonNode;

/**
 * Turns an outbox event and its payload into the text people read, from
 * {@code notify.<EVENT>} in the message bundles (zh-CN first). Templates name payload
 * fields, {@code {unit}}; codes with a {@code label.<CODE>} text (AUDIT, CORRECTED,
 * SUCCESSOR…) or a state's name (DRAFTING) are shown as that text, in values and as keys;
 * lists are joined as the reader's language joins them ({@code list.joiner}: 、 or ", "),
 * a list of objects with a row template {@code notify.<EVENT>.<field>} row by row, and an
 * empty list reads {@code notify.none} (无). A payload may name a {@code variant}:
 * {@code notify.<EVENT>.<variant>} is used when there is one (a reminder of a follow-up
 * step names the step; a completed step reads as done). A payload whose deadlines fall in
 * a year with no holiday notice loaded lists those {@code uncheckedYears}, and the text
 * says so ({@code notify.uncheckedYears}), and who loads the year ({@code whoLoads}: the
 * reader, in the copy for one asked to). A field the payload lacks may be a hint said for
 * where the notice is read ({@code notify.hint.<field>.<PLATFORM>}, else
 * {@code notify.hint.<field>}): how to give evidence on the reader's platform;
 * {@code groupHow} lists how a group is bound on each platform this instance has, the
 * reader's first. A code may have words of its own for one field
 * ({@code notify.<EVENT>.<field>.<CODE>}, filled from the payload too), or in every
 * notice when the payload has what they name ({@code notify.<field>.<CODE>}: a step is
 * named as the dashboard names it, 推进计划步骤5.1, 签字（接任干部）). {@code {reply}} says what to
 * send to do the notice's step ({@link StepReply}).
 */
public class NotificationRenderer {

	private static final Pattern FIELD = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]+");

	private static final Pattern QUOTED_FIELD = Pattern.compile(" ?[「“\"]\\{([a-zA-Z][a-zA-Z0-9]*)}[」”\"]");

	private static final Pattern ONE_FIELD = Pattern.compile("\\{[a-zA-Z][a-zA-Z0-9]*}");

	private final MessageSource messages;

	private final Locale locale;

	private final Supplier<Set<Platform>> configured;

	public NotificationRenderer(MessageSource messages, Locale locale) {
		this(messages, locale, () -> Set.of(Platform.DINGTALK, Platform.WECOM));
	}

	/**
	 * @param configured the platforms this instance has an app for (the web chat only
	 * when it is on)
	 */
	public NotificationRenderer(MessageSource messages, Locale locale, Supplier<Set<Platform>> configured) {
		this.messages = messages;
		this.locale = locale;
		this.configured = configured;
	}

	public String render(OutboxEvent event, JsonNode payload) {
		return render(event, payload, null);
	}

	/**
	 * The same notices in English: for a chat account whose owner chose English (c19a,
	 * newcomer 17 finding 8).
	 */
	public NotificationRenderer inEnglish() {
		return locale.getLanguage().equals("en") ? this
				: new NotificationRenderer(messages, Locale.ENGLISH, configured);
	}

	/**
	 * The text as read on the platform (null: not known): hints name that platform's way
	 * first.
	 */
	public String render(OutboxEvent event, JsonNode payload, Platform reader) {
		// a notice for one person who asked in English (the file asked for in chat,
		// newcomer 9): in English
		if ("en".equals(payload.path("language").asString(null)) && !locale.getLanguage().equals("en")) {
			return new NotificationRenderer(messages, Locale.ENGLISH, configured).render(event, payload, reader);
		}
		// and one asked for in Chinese stays Chinese for a reader who chose English
		if ("zh".equals(payload.path("language").asString(null)) && locale.getLanguage().equals("en")) {
			return new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE, configured).render(event, payload,
					reader);
		}
		String variant = payload.path("variant").isString() ? payload.path("variant").asString() : null;
		String template = variant == null ? null : text("notify." + event.name() + "." + variant, null);
		if (template == null) {
			template = text("notify." + event.name(), null);
		}
		if (template == null) {
			template = text("notify.GENERIC", "{unit}");
		}
		String text = fill(template, payload, "notify." + event.name(), reader).strip();
		JsonNode unchecked = payload.get("uncheckedYears");
		if (unchecked != null && unchecked.isArray() && !unchecked.isEmpty()) {
			// a deadline in a year whose holiday notice is not loaded: said wherever the
			// deadline is
			text = text + fill(text("notify.uncheckedYears", ""), payload, "notify.uncheckedYears", reader);
		}
		JsonNode folded = payload.get("foldedFlag");
		if (folded != null && folded.isObject() && event != OutboxEvent.DISCIPLINE_FLAG) {
			// the discipline flag the act raised, for one who gets the act's notice: in
			// it, not in a second message (newcomer 20a, finding 18)
			tools.jackson.databind.node.ObjectNode flag = ((tools.jackson.databind.node.ObjectNode) payload).deepCopy();
			flag.remove("foldedFlag");
			flag.remove("uncheckedYears");
			folded.properties().forEach(e -> flag.set(e.getKey(), e.getValue()));
			text = text + "\n" + render(OutboxEvent.DISCIPLINE_FLAG, flag, reader);
		}
		return text;
	}

	/**
	 * The template with the payload's fields; a list of objects under
	 * {@code <prefix>.<field>} is rendered row by row.
	 */
	private String fill(String template, JsonNode payload, String prefix, Platform reader) {
		Matcher m = FIELD.matcher(withoutMissingQuoted(template, payload));
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String field = m.group(1);
			String value = payload.has(field) ? coded(payload, field, prefix, reader) : hint(field, payload, reader);
			// a value ending in 。/？ takes no second one from the template (newcomer 16,
			// 2a)
			m.appendReplacement(out, Matcher.quoteReplacement(dev.baton.bot.system.SentenceEnds.mark(value)));
		}
		m.appendTail(out);
		return dev.baton.bot.system.SentenceEnds.tidy(out.toString());
	}

	/**
	 * A field's value; a code with words of its own for this field
	 * ({@code <prefix>.<field>.<CODE>}: the notice's 离任原因, {@code leaving}, is 工作调动 or 其他
	 * with the organizer's words) reads as those words, filled from the payload.
	 */
	private String coded(JsonNode payload, String field, String prefix, Platform reader) {
		JsonNode node = payload.get(field);
		if (node.isString() && CODE.matcher(node.asString()).matches()) {
			String own = text(prefix + "." + field + "." + node.asString(), null);
			if (own == null) {
				// words of its own in every notice, when the payload has what they name:
				// a step as the dashboard names it (推进计划步骤5.1, 签字（接任干部）; newcomer
				// 21, finding 13)
				own = named(text("notify." + field + "." + node.asString(), null), payload);
			}
			if (own != null && !own.contains("{" + field + "}")) {
				return fill(own, payload, prefix, reader);
			}
		}
		return value(node, prefix + "." + field, reader);
	}

	/** The words, if every field they name is in the payload and not blank; else null. */
	private static String named(String words, JsonNode payload) {
		if (words == null) {
			return null;
		}
		Matcher m = FIELD.matcher(words);
		while (m.find()) {
			JsonNode value = payload.get(m.group(1));
			if (value == null || value.isNull() || value.asString("").isBlank()) {
				return null;
			}
		}
		return words;
	}

	/**
	 * A quoted field the payload lacks and no hint stands for (a progress notice queued
	 * before notices named the item's title: 第1项「」) is left out with its quotes: the item
	 * is named by its number only.
	 */
	private String withoutMissingQuoted(String template, JsonNode payload) {
		Matcher q = QUOTED_FIELD.matcher(template);
		StringBuilder out = new StringBuilder();
		while (q.find()) {
			String field = q.group(1);
			boolean missing = !payload.has(field) && text("notify.hint." + field, null) == null;
			q.appendReplacement(out, Matcher.quoteReplacement(missing ? "" : q.group()));
		}
		q.appendTail(out);
		return out.toString();
	}

	private String value(JsonNode node, String rowKey, Platform reader) {
		if (node == null || node.isNull()) {
			return "";
		}
		if (node.isArray()) {
			if (node.isEmpty()) {
				return text("notify.none", "");
			}
			String row = text(rowKey, null);
			Collection<String> parts = new java.util.ArrayList<>();
			node.forEach(n -> parts
				.add(row != null && n.isObject() ? fill(row, n, rowKey, reader) : value(n, rowKey, reader)));
			// rows of several fields apart with ；, single words with 、; a row whose own
			// words join it (notify.<event>.<field>.joiner) as they say
			String joiner = text(rowKey + ".joiner", null);
			if (joiner != null) {
				return String.join(joiner.equals("\"\"") ? "" : joiner, parts);
			}
			// in the reader's language: 、 and ；, or ", " and "; " in English (newcomer
			// 20a,
			// finding 13)
			return String.join(row != null && !ONE_FIELD.matcher(row).matches() ? text("list.rowJoiner", "；")
					: text("list.joiner", "、"), parts);
		}
		if (node.isObject() && node.path("code").isString() && CODE.matcher(node.path("code").asString()).matches()) {
			return label(node.path("code").asString(), false); // a coded thing ({code,
																// zh, en}) reads as its
																// name
		}
		if (node.isObject()) {
			Map<String, String> parts = new java.util.LinkedHashMap<>();
			node.properties()
				.forEach(e -> parts.put(label(e.getKey(), true),
						value(e.getValue(), rowKey + "." + e.getKey(), reader)));
			return parts.entrySet().stream().map(e -> e.getKey() + "：" + e.getValue()).collect(Collectors.joining("；"));
		}
		String text = node.asString();
		return label(text, false);
	}

	/**
	 * A hint said for where the notice is read; empty when there is none (a field the
	 * payload simply lacks).
	 */
	private String hint(String field, JsonNode payload, Platform at) {
		if (field.equals(StepReply.FIELD)) {
			return StepReply.of(messages, locale, payload);
		}
		if (field.equals(CalendarCoverage.WHO_LOADS)) {
			// who loads a missing year: the reader, when asked to (newcomer 25, finding
			// 15)
			return text(CalendarCoverage.whoLoads(payload.path(CalendarCoverage.ASKED_TO_LOAD).asBoolean(false)), "");
		}
		if (field.equals("groupHow")) {
			List<Platform> order = new ArrayList<>();
			Set<Platform> here = configured.get();
			if (at != null) {
				order.add(at);
			}
			for (Platform p : List.of(Platform.DINGTALK, Platform.WECOM, Platform.WEB)) {
				if (here.contains(p) && !order.contains(p)) {
					order.add(p);
				}
			}
			List<String> ways = new ArrayList<>();
			for (Platform p : order) {
				String way = text("notify.hint.groupHow." + p.name(), null);
				if (way != null) {
					ways.add(fill(way, payload, "notify.hint.groupHow", at));
				}
			}
			return String.join(locale.getLanguage().equals("en") ? "; or " : "；或", ways);
		}
		String hint = at == null ? null : text("notify.hint." + field + "." + at.name(), null);
		if (hint == null) {
			hint = text("notify.hint." + field, null);
		}
		return hint == null ? "" : fill(hint, payload, "notify.hint." + field, at);
	}

	/**
	 * A code (AUDIT, DRAFTING…) as people say it, from {@code label.<CODE>} or a state's
	 * name; anything else as it is. A key names a state first (counts by state: SIGNING
	 * is 签字中), a value a label first (the step SIGNING is 签字).
	 */
	private String label(String code, boolean key) {
		if (!CODE.matcher(code).matches()) {
			return code;
		}
		String asLabel = "label." + code;
		String asState = "conv.state." + code;
		return key ? text(asState, text(asLabel, code)) : text(asLabel, text(asState, code));
	}

	/**
	 * A word of the message bundle in this renderer's language (a card's title or
	 * button), or the key itself.
	 */
	public String label(String key) {
		return text(key, key);
	}

	private String text(String key, String fallback) {
		try {
			return messages.getMessage(key, null, locale);
		}
		catch (NoSuchMessageException ex) {
			return fallback;
		}
	}

}
