package dev.baton.bot.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 12, item 1: a refusal on a console page never tells what to reply in chat
 * ("回复“进度 1”查看" on a web page). Every refusal the code raises whose text quotes a chat
 * command has a console variant ({@code <key>.console}, which {@link PageTexts#refusal}
 * says on every page) in both languages, without one.
 */
class ConsoleRefusalsSayNoChatCommandsTest {

	/** The keys refusals are raised with: an exception made with its key, first. */
	private static final Pattern RAISED = Pattern
		.compile("new [A-Za-z]*Exception\\(\\s*\"([a-zA-Z][a-zA-Z.]+)\"|super\\(\\s*\"([a-zA-Z][a-zA-Z.]+)\"");

	/** Chat's commands as its texts quote them: 回复“…”, reply "…". */
	private static final Pattern CHAT_COMMAND_ZH = Pattern.compile("回复[“\"]");

	private static final Pattern CHAT_COMMAND_EN = Pattern.compile("(?i)reply (with )?[“\"]|\\(reply ");

	@Test
	void everyRefusalQuotingAChatCommandHasAConsoleVariantWithout() throws IOException {
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");
		Set<String> raised = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = RAISED.matcher(Files.readString(file));
				while (m.find()) {
					raised.add(m.group(1) != null ? m.group(1) : m.group(2));
				}
			}
		}
		zh.stringPropertyNames().stream().filter(k -> k.startsWith("access.denied.")).forEach(raised::add);
		Set<String> quoting = new TreeSet<>();
		for (String key : raised) {
			String text = zh.getProperty(key);
			if (text != null && (CHAT_COMMAND_ZH.matcher(text).find()
					|| CHAT_COMMAND_EN.matcher(String.valueOf(en.getProperty(key))).find())) {
				quoting.add(key);
			}
		}
		// the clash newcomer 12 met, and the archived record's refusal, are among them
		assertThat(quoting).contains("handover.alreadyOpen", "error.frozen");
		for (String key : quoting) {
			String console = key + PageTexts.CONSOLE;
			assertThat(zh.getProperty(console)).as(console).isNotNull().doesNotContainPattern(CHAT_COMMAND_ZH);
			assertThat(en.getProperty(console)).as(console).isNotNull().doesNotContainPattern(CHAT_COMMAND_EN);
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ConsoleRefusalsSayNoChatCommandsTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
