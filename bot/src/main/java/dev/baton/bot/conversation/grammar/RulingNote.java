package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The note of a ruling said in words with the ruling word last (#12, newcomer 16, finding
 * 11): the person's reasoning as said, without the ruling word, the particles after it
 * and the words that only lead to it ("…，内容不影响交接，维持吧" → "…，内容不影响交接"). A last clause that
 * only repeats the figure ruled ("…实际余额是83.2万，按83.2万更正") goes with it when the rest
 * states that same figure, so the note read again rules the same.
 */
final class RulingNote {

	/** Marks and spaces left at the end once the ruling word is gone. */
	private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s,，、;；:：。.]+$");

	/** Words that only lead to the ruling word: 所以维持 / 那就维持 / 建议更正. */
	private static final Pattern LEADING_TO = Pattern.compile("(?:所以|因此|那就|就|建议|同意|决定|予以|应予|按此|照此|据此|依此)$");

	/** A last clause that only gives the figure ruled: 按83.2万 / 按照121台. */
	private static final Pattern FIGURE_ONLY = Pattern.compile("(?:^|[,，;；])\\s*(?:按照|按)[^,，;；]{1,14}$");

	private RulingNote() {
	}

	/**
	 * @param text the words after the item, ending with the ruling word (particles
	 * already dropped)
	 * @param rulingWord how many characters the ruling word has
	 * @param ruled the figure the whole text rules
	 */
	static String without(String text, int rulingWord, Figures ruled, Grammar grammar) {
		String out = text.substring(0, Math.max(0, text.length() - rulingWord));
		out = TRAILING_MARKS.matcher(out).replaceFirst("");
		out = LEADING_TO.matcher(out).replaceFirst("");
		out = TRAILING_MARKS.matcher(out).replaceFirst("");
		java.util.regex.Matcher figureOnly = FIGURE_ONLY.matcher(out);
		if ((ruled.amount() != null || ruled.quantity() != null) && figureOnly.find()) {
			// the ruling said with its figure (按121台更正) is what is right: kept whole
			// unless
			// the rest states that figure
			String rest = TRAILING_MARKS.matcher(out.substring(0, figureOnly.start())).replaceFirst("");
			return !rest.isBlank() && same(Figures.ruled(rest, grammar), ruled) ? rest.strip() : text.strip();
		}
		return out.strip();
	}

	private static boolean same(Figures a, Figures b) {
		return equal(a.amount(), b.amount()) && equal(a.quantity(), b.quantity()) && Objects
			.equals(a.unit() == null ? null : a.unit().strip(), b.unit() == null ? null : b.unit().strip());
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
