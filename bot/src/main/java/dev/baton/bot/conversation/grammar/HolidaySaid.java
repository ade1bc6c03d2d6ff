package dev.baton.bot.conversation.grammar;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A deadline said as the eve of a holiday (#12, newcomer 5, finding 4: 第5项还没启动，明年春节前付清):
 * which holiday (its name in the State Council's notice, from the grammar's
 * {@code holiday} words) and which year (今年, 明年, 后年, 2027年, or none: the next one). Which
 * day that is comes from the holiday notice loaded in the calendar, never guessed here.
 *
 * @param name the holiday's name in the notice (春节)
 * @param year the year said, or null when none was (the next such holiday)
 * @param words the words that say it, as written (明年春节前)
 */
public record HolidaySaid(String name, Integer year, String words) {

	private static volatile Pattern pattern;

	private static Pattern pattern() {
		Pattern p = pattern;
		if (p == null) {
			Grammar g = Grammar.standard();
			String holidays = g.words(Grammar.Kind.HOLIDAY)
				.stream()
				.map(Pattern::quote)
				.collect(Collectors.joining("|"));
			p = Pattern
				.compile("(今年|明年|后年|本年|(\\d{4})\\s*年)?\\s*(?:的)?\\s*(" + holidays + ")\\s*(?:节)?\\s*(?:之前|以前|前)");
			pattern = p;
		}
		return p;
	}

	/** The holiday eve said in {@code text}, or null when it says none. */
	public static HolidaySaid in(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String folded = MessageText.fold(MessageText.normalize(text));
		Matcher m = pattern().matcher(folded);
		if (!m.find()) {
			return null;
		}
		String rel = m.group(1);
		Integer year = rel == null ? null : m.group(2) != null ? Integer.valueOf(m.group(2))
				: rel.equals("明年") ? today.getYear() + 1 : rel.equals("后年") ? today.getYear() + 2 : today.getYear();
		String name = Grammar.standard().meaningOf(Grammar.Kind.HOLIDAY, m.group(3));
		return new HolidaySaid(name, year, m.group().strip());
	}

}
