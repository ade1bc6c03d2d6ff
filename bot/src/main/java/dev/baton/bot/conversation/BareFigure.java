package dev.baton.bot.conversation;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number said without its unit stays in an item's title ("留置点用地 35": the grammar cannot
 * tell 35 what); once the person gives the figure ("第11项是35亩"), the bare number leaves
 * the title (#12, newcomer 11, finding 1), so the title is the subject and the figure is
 * in its field, not in both.
 */
final class BareFigure {

	private static final Pattern TRAILING = Pattern.compile("^(.*\\S)\\s+([0-9]+(?:\\.[0-9]+)?)\\s*$");

	private BareFigure() {
	}

	/**
	 * The title without its trailing bare number when that number is the figure now given
	 * (35 for 35亩, or 35 for 35万元 = 350000), else null (the title stays).
	 */
	static String without(String title, BigDecimal figure) {
		if (title == null || figure == null) {
			return null;
		}
		Matcher m = TRAILING.matcher(title);
		if (!m.matches()) {
			return null;
		}
		BigDecimal bare = new BigDecimal(m.group(2));
		boolean same = bare.compareTo(figure) == 0 || bare.multiply(BigDecimal.valueOf(10000)).compareTo(figure) == 0;
		return same ? m.group(1).strip() : null;
	}

}
