package dev.baton.bot.delivery;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.baton.bot.outbox.OutboxEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import tools.jackson.databind.JsonNode;

/**
 * Turns an outbox event and its payload into the text people read, from {@code notify.<EVENT>} in the message
 * bundles (zh-CN first). Templates name payload fields, {@code {unit}}; codes with a {@code label.<CODE>} text
 * (AUDIT, CORRECTED, SUCCESSOR…) are shown as that text; lists are joined with 、.
 */
public class NotificationRenderer {

	private static final Pattern FIELD = Pattern.compile("\\{([a-zA-Z]+)}");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]+");

	private final MessageSource messages;

	private final Locale locale;

	public NotificationRenderer(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String render(OutboxEvent event, JsonNode payload) {
		String template = text("notify." + event.name(), null);
		if (template == null) {
			template = text("notify.GENERIC", "{unit}");
		}
		Matcher m = FIELD.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(value(payload.get(m.group(1)))));
		}
		m.appendTail(out);
		return out.toString().strip();
	}

	private String value(JsonNode node) {
		if (node == null || node.isNull()) {
			return "";
		}
		if (node.isArray()) {
			Collection<String> parts = new java.util.ArrayList<>();
			node.forEach(n -> parts.add(value(n)));
			return String.join("、", parts);
		}
		if (node.isObject()) {
			Map<String, String> parts = new java.util.LinkedHashMap<>();
			node.properties().forEach(e -> parts.put(e.getKey(), value(e.getValue())));
			return parts.entrySet().stream().map(e -> e.getKey() + "：" + e.getValue()).collect(Collectors.joining("；"));
		}
		String text = node.asString();
		if (CODE.matcher(text).matches()) {
			return text("label." + text, text);
		}
		return text;
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
