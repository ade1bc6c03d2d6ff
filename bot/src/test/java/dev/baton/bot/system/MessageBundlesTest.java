package dev.baton.bot.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.baton.bot.access.Action;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * zh-CN and en say the same things: identical keys, every key the code uses, and patterns
 * that format.
 */
class MessageBundlesTest {

	private static final Pattern THROWN_KEY = Pattern
		.compile("new InvalidInputException\\(\\s*\"([a-zA-Z.]+)\"|new NotFoundException\\(\\s*\"([a-z]+)\"");

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.isEqualTo(load("messages.properties").stringPropertyNames());
	}

	/**
	 * Properties keep the last of two equal keys silently: a merge that appends an old
	 * text over a new one.
	 */
	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String name : new String[] { "messages.properties", "messages_en.properties" }) {
			Set<String> seen = new TreeSet<>();
			Set<String> twice = new TreeSet<>();
			try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				boolean continued = false;
				for (String line : text.split("\\R")) {
					boolean isKey = !continued && !line.isBlank() && !line.startsWith("#") && !line.startsWith("!")
							&& line.contains("=");
					if (isKey && !seen.add(line.substring(0, line.indexOf('=')).strip())) {
						twice.add(line.substring(0, line.indexOf('=')).strip());
					}
					continued = line.endsWith("\\");
				}
			}
			assertThat(twice).as(name).isEmpty();
		}
	}

	/**
	 * A text with placeholders goes through MessageFormat, where a lone apostrophe quotes
	 * what follows: "the unit's groups" would read "the units groups". Such texts write
	 * it twice.
	 */
	@Test
	void anApostropheInATextWithPlaceholdersIsDoubled() throws IOException {
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		for (String name : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties texts = load(name);
			Set<String> wrong = new TreeSet<>();
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				if (text.matches("(?s).*\\{\\d.*") && lone.matcher(text).find()) {
					wrong.add(key);
				}
			}
			assertThat(wrong).as(name).isEmpty();
		}
	}

	@Test
	void everyActionAndStateHasItsText() throws IOException {
		Properties zh = load("messages.properties");
		for (Action action : Action.values()) {
			assertThat(zh.getProperty("access.denied." + action)).as(action.name()).isNotBlank();
		}
		for (HandoverState state : HandoverState.values()) {
			assertThat(zh.getProperty("error.invalidState." + state)).as(state.name()).isNotBlank();
		}
		for (OutboxEvent event : OutboxEvent.values()) {
			assertThat(zh.getProperty("notify." + event)).as("the text of notification " + event).isNotBlank();
		}
		for (WaitingStepKind kind : WaitingStepKind.values()) {
			assertThat(zh.getProperty("label." + kind)).as("the name of step " + kind).isNotBlank();
		}
	}

	@Test
	void everyKeyTheCodeThrowsIsInTheBundles() throws IOException {
		Properties zh = load("messages.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = THROWN_KEY.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1) != null ? m.group(1) : "error.notFound." + m.group(2));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(20);
		assertThat(used).allSatisfy(key -> assertThat(zh.getProperty(key)).as(key).isNotNull());
	}

	@Test
	void everyTextFormatsAndChineseIsTheDefault() throws IOException {
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");
		for (String key : zh.stringPropertyNames()) {
			assertThat(format(zh.getProperty(key))).as(key).doesNotContain("{0").doesNotContain("{1");
			// a text with words says them in Chinese; a separator or a layout of
			// arguments ("、", "{0} · {1}") has no words to say
			if (zh.getProperty(key).replaceAll("\\{[^}]*}", "").matches("(?s).*\\p{L}.*")) {
				assertThat(zh.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
			}
			assertThat(format(en.getProperty(key))).as(key).doesNotContain("{0").doesNotContain("{1");
		}
	}

	/**
	 * Formats with text arguments, or numbers where the pattern asks for a number or a
	 * choice (an English count). Bean Validation templates ({@code {max}}) and notice
	 * templates ({@code {uncheckedYears}}, filled from the payload by field name) are not
	 * MessageFormat patterns and are returned as they are.
	 */
	private static String format(String pattern) {
		if (pattern.matches("(?s).*\\{[a-zA-Z][a-zA-Z0-9]*}.*")) {
			return pattern;
		}
		Object[] args = { "审计", "Audit", 3, "财政", "Finance", "组织", "Org", "纪检", "Discipline", "其他" };
		java.util.regex.Matcher numeric = java.util.regex.Pattern.compile("\\{(\\d),\\s*(number|choice)")
			.matcher(pattern);
		while (numeric.find()) {
			args[Integer.parseInt(numeric.group(1))] = 2031;
		}
		return MessageFormat.format(pattern, args);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
