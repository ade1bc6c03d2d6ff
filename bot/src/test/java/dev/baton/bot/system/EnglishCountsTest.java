package dev.baton.bot.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English counts take their singular or plural (#17, newcomer 12: "to 1 people", "overdue
 * by 1 working days"): every message of the English bundle rendered with 1 and with 2 for
 * each of its arguments, as numbers and as text, says "1 person", "2 people"; the Chinese
 * bundle reads as before.
 */
class EnglishCountsTest {

	private static final String NOUNS = "people|person|days?|items?|steps?|hours?|minutes?|seconds?|rows?|officials?"
			+ "|units?|handovers?|notices?|recipients?|entries|entry|pages?|letters?|accounts?|holidays?|workdays?"
			+ "|weeks?|months?|years?|reviewers?|members?|files?|sections?|messages?|checkpoints?|roles?|characters?"
			+ "|attempts?|things?|ones?|bytes?";

	/** A count of 1 followed by a plural ("1 working days", "1 people"). */
	private static final Pattern ONE_MANY = Pattern.compile(
			"(?<![\\d.,])1 ((?:(?!has |of |two |the )[a-z-]+ )?)(people|days|items|steps|hours|minutes|seconds|rows|officials|units"
					+ "|handovers|notices|recipients|entries|pages|letters|accounts|holidays|workdays|weeks|months|years"
					+ "|reviewers|members|files|sections|messages|checkpoints|roles|characters|attempts|things|ones|bytes"
					+ "|day\\(s\\)|item\\(s\\)|step\\(s\\)|page\\(s\\)|thing\\(s\\)|attempt\\(s\\)|one\\(s\\))(?![a-z])");

	/** A count of 2 followed by a singular ("2 working day", "2 person"). */
	private static final Pattern TWO_ONE = Pattern.compile(
			"(?<![\\d.,])2 ((?:(?!has |of |two |the )[a-z-]+ )?)(person|day|item|hour|minute|second|row|official|unit|handover|entry"
					+ "|page|account|holiday|workday|checkpoint|character|attempt|thing|byte)(?![a-z(])");

	/**
	 * Messages where the number is a label, not a count ("item 2 step 2", "the 2
	 * account").
	 */
	private static final Set<String> LABELS = Set.of("supervision.planStep", "directory.identityTaken");

	CountingMessageSource messages;

	@BeforeEach
	void bundles() {
		messages = new CountingMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void theNewcomersCountsReadRight() {
		assertThat(en("supervision.late", 1)).isEqualTo("overdue by 1 working day");
		assertThat(en("supervision.late", 2)).isEqualTo("overdue by 2 working days");
		assertThat(en("supervision.recipients", 1)).isEqualTo("1 person");
		assertThat(en("supervision.recipients", 2)).isEqualTo("2 people");
		assertThat(en("supervision.recipients", "1")).isEqualTo("1 person");
		assertThat(en("supervision.urgeRow", "12-05 15:30", "王明", 1, "")).contains("to 1 person.");
		assertThat(en("supervision.left", 1)).isEqualTo("1 working day left");
		assertThat(en("supervision.left", 2)).isEqualTo("2 working days left");
		// on the due day: due today, not 0 working days left (newcomer 21, finding 15)
		assertThat(en("supervision.left", 0)).isEqualTo("due today");
		assertThat(messages.getMessage("supervision.left", new Object[] { 0 }, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("今天到期");
		assertThat(messages.getMessage("supervision.left", new Object[] { 3 }, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("还剩3个工作日");
		assertThat(en("supervision.recipients", 1200)).isEqualTo("1,200 people");
		assertThat(en("supervision.recipients", "many")).isEqualTo("many people");
		// zh unchanged
		assertThat(messages.getMessage("supervision.recipients", new Object[] { 1 }, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("1人");
	}

	@Test
	void everyEnglishCountTakesItsNumber() throws IOException {
		Properties english = bundle("messages_en.properties");
		Properties chinese = bundle("messages.properties");
		List<String> wrong = new ArrayList<>();
		int counted = 0;
		for (String key : new TreeSet<>(english.stringPropertyNames())) {
			int args = arguments(english.getProperty(key));
			if (args == 0 || LABELS.contains(key)) {
				continue;
			}
			counted++;
			for (Object one : List.of(1, "1")) {
				String text = en(key, filled(args, one));
				Matcher m = ONE_MANY.matcher(text);
				if (m.find()) {
					wrong.add(key + " with 1: «" + m.group() + "» in " + text);
				}
			}
			for (Object two : List.of(2, "2")) {
				String text = en(key, filled(args, two));
				Matcher m = TWO_ONE.matcher(text);
				if (m.find()) {
					wrong.add(key + " with 2: «" + m.group() + "» in " + text);
				}
			}
			if (chinese.containsKey(key) && arguments(chinese.getProperty(key)) > 0) {
				// the Chinese text has no forms to choose: 1 and 2 read alike
				assertThat(messages.getMessage(key, filled(args, 2), Locale.SIMPLIFIED_CHINESE)).as(key)
					.isEqualTo(new MessageFormat(chinese.getProperty(key), Locale.SIMPLIFIED_CHINESE)
						.format(filled(args, 2)));
			}
		}
		assertThat(counted).as("messages with arguments").isGreaterThan(300);
		assertThat(wrong).as("counts in the wrong number").isEmpty();
	}

	private String en(String key, Object... args) {
		return messages.getMessage(key, args, Locale.ENGLISH);
	}

	private static Object[] filled(int args, Object value) {
		Object[] filled = new Object[args];
		Arrays.fill(filled, value);
		return filled;
	}

	/**
	 * How many arguments a message takes; 0 for one with named placeholders (notices).
	 */
	private static int arguments(String pattern) {
		try {
			return new MessageFormat(pattern, Locale.ENGLISH).getFormatsByArgumentIndex().length;
		}
		catch (IllegalArgumentException named) {
			return 0;
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(EnglishCountsTest.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
