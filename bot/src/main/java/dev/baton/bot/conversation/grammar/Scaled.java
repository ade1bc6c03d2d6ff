package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;

/**
 * A {@code scale} word after a number (120万, 1.5亿, 1.2 million, 12k yuan, ¥1.2m): what it
 * multiplies by and where the figure goes on after it (past 余 / 多 and the spaces: 29万余亩,
 * 1.2 million mu). A scale in Latin letters before another Latin word that is no unit and
 * no money ("1.2 million visitors") makes no figure at all: the words say what is counted
 * and the grammar does not know it, so it is neither money nor a quantity. A scale that
 * counts only with currency (k, m: "1.2m" alone may be metres) is no scale without a
 * money word after it or ¥ / RMB before the number.
 *
 * @param factor the multiplier
 * @param end where the figure goes on after the scale word
 */
record Scaled(BigDecimal factor, int end) {

	/** A Latin scale before a word the grammar does not know: no figure. */
	static final Scaled NOT_A_FIGURE = new Scaled(BigDecimal.ONE, -1);

	/**
	 * The scale word at {@code at} in {@code folded}, null when none is (or one that
	 * counts only with currency has none), {@link #NOT_A_FIGURE} when the figure is not
	 * read.
	 * @param currency whether ¥ or a money word stands before the number
	 */
	static Scaled at(String folded, int at, Grammar grammar, boolean currency) {
		for (var scale : grammar.scales().entrySet()) {
			String word = scale.getKey();
			boolean latin = Figures.latinLetter(word.charAt(word.length() - 1));
			int end = at + word.length();
			if (!folded.startsWith(word, at)
					|| latin && end < folded.length() && Figures.latinLetter(folded.charAt(end))) {
				continue;
			}
			if (end < folded.length() && (folded.charAt(end) == '余' || folded.charAt(end) == '多')) {
				end++; // 29万余亩
			}
			while (end < folded.length() && folded.charAt(end) == ' ') {
				end++;
			}
			boolean unit = Figures.unitAt(folded, end, grammar.words(Grammar.Kind.UNIT)) != null;
			boolean money = Figures.wordAt(folded, end, grammar.words(Grammar.Kind.MONEY)) != null;
			if (scale.getValue().currencyOnly() && !currency && !money) {
				return null;
			}
			if (latin && !unit && !money && !currency && end < folded.length()
					&& Figures.latinLetter(folded.charAt(end))) {
				return NOT_A_FIGURE;
			}
			return new Scaled(scale.getValue().factor(), end);
		}
		return null;
	}

	BigDecimal times(BigDecimal value) {
		return times(value, factor);
	}

	/**
	 * {@code value} times {@code factor}, exactly, with no trailing zeros after the
	 * point.
	 */
	static BigDecimal times(BigDecimal value, BigDecimal factor) {
		BigDecimal v = value.multiply(factor).stripTrailingZeros();
		return v.scale() < 0 ? v.setScale(0) : v;
	}

}
