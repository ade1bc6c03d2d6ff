package dev.baton.bot.conversation.grammar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a finished item was done, as the person said it (#12, newcomer 3, findings 3, 4,
 * 20): a day ("2026-04-30", "2026年4月30日", "9月底" is its last day, "4月30日" this year's or,
 * not yet come, last year's), or only a month ("2026年4月", "2026.04", "今年6月", "4月份") when
 * no day was said: then no day is made up. Exactly one of {@code day} and {@code month}
 * is set.
 */
public record DoneWhen(LocalDate day, YearMonth month) {

	/**
	 * A date said: with a year (a day; the end of a month or a year; a month) or without
	 * one (a day, a month's end, a month), after 今年 / 去年 / 前年 or nothing.
	 */
	private static final Pattern SAID = Pattern.compile("(?<![0-9.])(?:"
			+ "(?<y1>\\d{4})\\s*[-/.年]\\s*(?<m1>\\d{1,2})\\s*[-/.月]\\s*(?<d1>\\d{1,2})\\s*[日号]?(?![0-9])"
			+ "|(?<y2>\\d{4})\\s*年\\s*(?:(?<m2>\\d{1,2})\\s*月\\s*)?[底末]"
			+ "|(?<y3>\\d{4})\\s*(?:年\\s*(?<m3>\\d{1,2})\\s*月(?:份)?|[-/.]\\s*(?<n3>\\d{1,2})(?![0-9.]))"
			+ "|(?<rel>今年|去年|前年|本年)?\\s*(?<m4>\\d{1,2})\\s*月\\s*(?:(?<d4>\\d{1,2})\\s*[日号]|(?<e4>[底末])|份)?" + ")");

	public DoneWhen {
		if ((day == null) == (month == null)) {
			throw new IllegalArgumentException("a day or a month");
		}
	}

	/**
	 * A date said, and where in the (folded) text.
	 *
	 * @param start where its words start
	 * @param end where they end
	 */
	record Found(DoneWhen when, int start, int end) {
	}

	/**
	 * The date that {@code words} are, all of them (trimmed: "2026年4月", "2026-04-30",
	 * "今年6月"); null when they are more or less than a date. A day or month still to come
	 * is read too ({@link #after} says so): it is no completion date, and the reply says
	 * that rather than not understanding.
	 */
	public static DoneWhen of(String words, LocalDate today) {
		if (words == null) {
			return null;
		}
		String folded = MessageText.fold(MessageText.normalize(words)).strip();
		Matcher m = SAID.matcher(folded);
		if (!m.matches()) {
			return null;
		}
		return read(m, today);
	}

	/**
	 * The first date said in {@code folded} (a message as {@link MessageText#fold} gives
	 * it), or null.
	 */
	static Found find(String folded, LocalDate today) {
		Matcher m = SAID.matcher(folded);
		while (m.find()) {
			DoneWhen when = read(m, today);
			if (when != null) {
				return new Found(when, m.start(), m.end());
			}
		}
		return null;
	}

	/** Whether the day, or the whole month, is still to come. */
	public boolean after(LocalDate today) {
		return day != null ? day.isAfter(today) : month.isAfter(YearMonth.from(today));
	}

	private static DoneWhen read(Matcher m, LocalDate today) {
		try {
			if (m.group("y1") != null) {
				return day(LocalDate.of(number(m, "y1"), number(m, "m1"), number(m, "d1")));
			}
			if (m.group("y2") != null) {
				int month = m.group("m2") == null ? 12 : number(m, "m2");
				return day(YearMonth.of(number(m, "y2"), month).atEndOfMonth());
			}
			if (m.group("y3") != null) {
				return new DoneWhen(null,
						YearMonth.of(number(m, "y3"), number(m, m.group("m3") != null ? "m3" : "n3")));
			}
			int month = number(m, "m4");
			String rel = m.group("rel");
			int year = rel == null || rel.equals("今年") || rel.equals("本年") ? today.getYear()
					: rel.equals("去年") ? today.getYear() - 1 : today.getYear() - 2;
			YearMonth ym = YearMonth.of(year, month);
			boolean yearless = rel == null;
			DoneWhen when;
			if (m.group("d4") != null) {
				when = day(ym.atDay(number(m, "d4")));
			}
			else if (m.group("e4") != null) {
				when = day(ym.atEndOfMonth());
			}
			else {
				when = new DoneWhen(null, ym);
			}
			// "4月30日" said of work done: this year's, or last year's when this year's has
			// not come yet
			return yearless && when.after(today) ? when.yearBefore() : when;
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	private DoneWhen yearBefore() {
		return day != null ? day(day.minusYears(1)) : new DoneWhen(null, month.minusYears(1));
	}

	private static DoneWhen day(LocalDate d) {
		return new DoneWhen(d, null);
	}

	private static int number(Matcher m, String group) {
		return Integer.parseInt(m.group(group));
	}

}
