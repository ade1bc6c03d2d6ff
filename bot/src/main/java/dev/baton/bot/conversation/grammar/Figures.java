package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures in a message: money and quantities, never one taken for the other (#12
 * finding 2).
 * <ul>
 * <li>Money: a number with 元 / 块 (after 万 / 亿 / 千 too: 120万元), or after ¥ / ￥; a number
 * with 万 / 亿 and no unit ("120万", "1.5亿") is money too, since that is how officials write
 * sums in a checklist.</li>
 * <li>Quantity: a number with a unit that is not money (亩, 平方米, 公顷, 人, 处, 件, 辆 …, also
 * after 万 / 亿: "29.22万亩" → 292200 亩). It is never also an amount.</li>
 * <li>A bare number ("1200", "3") is neither: it stays in the text, unless the whole
 * value of an explicit amount or quantity field is that number
 * ("第3项金额改为1234567.90").</li>
 * <li>A number after 第 ("第3条", "第2步") names an item or a step: neither.</li>
 * </ul>
 */
record Figures(BigDecimal amount, BigDecimal quantity, String unit) {

	static final Figures NONE = new Figures(null, null, null);

	private static final Pattern NUMBER = Pattern
		.compile("(?<![0-9.第#])(?<![0-9],)([¥￥]\\s*)?([0-9][0-9,]{0,24}(?:\\.[0-9]{1,6})?)(?![0-9])\\s*");

	private static final Pattern PLAIN = Pattern.compile("[0-9][0-9,]{0,24}(?:\\.[0-9]{1,6})?");

	/** What a unit never runs on into: "3个月" is a time, not three of something. */
	private static final List<String> NOT_A_COUNT = List.of("个月", "个工作日", "个小时", "名单");

	/**
	 * The first sum of money and the first quantity in {@code text}, with the units of
	 * {@code grammar}.
	 */
	static Figures in(String text, Grammar grammar) {
		return read(text, grammar, false);
	}

	/**
	 * The figure that starts {@code text} ("3份合同" → 3 份), or {@link #NONE} when it starts
	 * with none.
	 */
	static Figures leading(String text, Grammar grammar) {
		return read(text, grammar, true);
	}

	private static Figures read(String text, Grammar grammar, boolean leadingOnly) {
		BigDecimal amount = null;
		BigDecimal quantity = null;
		String unit = null;
		for (Found f : all(text, grammar, leadingOnly)) {
			if (f.money() && amount == null) {
				amount = f.value();
			}
			else if (!f.money() && quantity == null) {
				quantity = f.value();
				unit = f.unit();
			}
		}
		return amount == null && quantity == null ? NONE : new Figures(amount, quantity, unit);
	}

	/**
	 * A figure as found in a text.
	 *
	 * @param value the number, 万 / 亿 applied
	 * @param unit the unit as stored, for a quantity; null for money
	 * @param money whether it is a sum of money
	 * @param start where it starts in the text
	 * @param end where its unit (or 元) ends
	 */
	record Found(BigDecimal value, String unit, boolean money, int start, int end) {
	}

	/**
	 * Every sum of money and every quantity in {@code text}, in order (a bare number is
	 * neither).
	 */
	static List<Found> all(String text, Grammar grammar) {
		return all(text, grammar, false);
	}

	private static List<Found> all(String text, Grammar grammar, boolean leadingOnly) {
		List<Found> out = new java.util.ArrayList<>();
		if (text == null || text.isBlank()) {
			return out;
		}
		java.util.Map<String, String> units = grammar.units();
		List<String> written = grammar.words(Grammar.Kind.UNIT);
		List<String> moneyWords = grammar.words(Grammar.Kind.MONEY);
		String folded = MessageText.fold(text); // same length as text: offsets hold
		Matcher m = NUMBER.matcher(folded);
		while (m.find()) {
			if (leadingOnly && m.start() > 0) {
				break;
			}
			BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
			int at = m.end();
			int prefix = moneyBefore(folded, m.start(), grammar); // RMB 1.2 million
			boolean currency = m.group(1) != null || prefix >= 0;
			int start = prefix >= 0 ? prefix : m.start();
			String u = unitAt(folded, at, written);
			boolean scaled = false;
			if (u == null) {
				Scaled s = Scaled.at(folded, at, grammar, currency);
				if (s == Scaled.NOT_A_FIGURE) {
					continue;
				}
				if (s != null) {
					value = s.times(value);
					scaled = true;
					at = s.end();
					u = unitAt(folded, at, written);
				}
			}
			if (u != null) {
				int where = at;
				if (NOT_A_COUNT.stream().noneMatch(w -> folded.startsWith(w, where))) {
					out.add(new Found(value, units.get(u), false, m.start(), at + u.length()));
				}
				continue;
			}
			String moneyWord = wordAt(folded, at, moneyWords);
			if (currency || scaled || moneyWord != null) {
				out.add(new Found(value, null, true, start, moneyWord == null ? at : at + moneyWord.length()));
			}
		}
		return out;
	}

	/**
	 * The figures of an item's words: as {@link #in}, and a number right after a measure
	 * ("办公用房总面积 3250", "绿化面积1.2万") with no unit of its own is a quantity whose unit is
	 * not known (never money): Baton asks for it.
	 */
	static Figures ofItem(String text, Grammar grammar) {
		Figures f = in(text, grammar);
		if (text == null || f.quantity != null) {
			return f;
		}
		String measures = grammar.words(Grammar.Kind.FIELD)
			.stream()
			.filter(w -> grammar.field(w) == EditField.QUANTITY)
			.map(Pattern::quote)
			.reduce((x, y) -> x + "|" + y)
			.orElse("(?!)");
		String folded = MessageText.fold(text);
		Matcher m = Pattern
			.compile("(?:" + measures
					+ ")\\s*(?:为|是|约|:)?\\s*([0-9][0-9,]{0,24}(?:\\.[0-9]{1,6})?)(?![0-9.])\\s*([万亿千])?")
			.matcher(folded);
		if (!m.find() || unitAt(folded, m.end(), grammar.words(Grammar.Kind.UNIT)) != null
				|| grammar.words(Grammar.Kind.MONEY).stream().anyMatch(w -> folded.startsWith(w, m.end()))) {
			return f;
		}
		BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
		if (m.group(2) != null) {
			Grammar.Scale scale = grammar.scales().get(m.group(2));
			value = scale == null ? value : Scaled.times(value, scale.factor());
		}
		String rest = text.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + text.substring(m.end());
		return new Figures(in(rest, grammar).amount, value, null);
	}

	/**
	 * The value of an explicit amount field: a plain number counts as money; a quantity
	 * stays a quantity.
	 */
	static Figures ofAmountField(String value, Grammar grammar) {
		Figures f = in(value, grammar);
		if (f.amount == null && f.quantity == null && PLAIN.matcher(value.strip()).matches()) {
			return new Figures(new BigDecimal(value.strip().replace(",", "")), null, null);
		}
		return f;
	}

	/**
	 * The figure a ruling corrects to: the first after the last {@code ruled_as} word
	 * that has one after it ("差额36100元 系劳务费，余额按1198467.89元更正" → 1198467.89;
	 * "原记128台有误，按121台更正" → 121 台), money or a quantity, never both; without such a word,
	 * as the value of an amount field.
	 */
	static Figures ruled(String text, Grammar grammar) {
		String folded = MessageText.fold(text);
		int from = -1;
		for (String w : grammar.words(Grammar.Kind.RULED_AS)) {
			for (int at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
				int after = at + w.length();
				if (after > from && !all(text.substring(after), grammar).isEmpty()) {
					from = after;
				}
			}
		}
		if (from < 0) {
			return ofAmountField(text, grammar);
		}
		Found first = all(text.substring(from), grammar).get(0);
		return first.money() ? new Figures(first.value(), null, null) : new Figures(null, first.value(), first.unit());
	}

	/**
	 * The value of an explicit quantity field: a plain number is a quantity with no unit;
	 * money is not read.
	 */
	static Figures ofQuantityField(String value, Grammar grammar) {
		Figures f = in(value, grammar);
		if (f.quantity != null) {
			return new Figures(null, f.quantity, f.unit);
		}
		if (PLAIN.matcher(value.strip()).matches()) {
			return new Figures(null, new BigDecimal(value.strip().replace(",", "")), null);
		}
		return NONE;
	}

	/**
	 * Where a money word said before a number starts ("rmb 1.2 million", "cny350,000"),
	 * or -1 when none is.
	 */
	private static int moneyBefore(String folded, int numberAt, Grammar grammar) {
		int end = numberAt;
		while (end > 0 && folded.charAt(end - 1) == ' ') {
			end--;
		}
		for (String w : grammar.moneyBefore()) {
			int from = end - w.length();
			if (from >= 0 && folded.startsWith(w, from) && (from == 0 || !latinLetter(folded.charAt(from - 1)))) {
				return from;
			}
		}
		return -1;
	}

	/**
	 * The first of {@code words} written at {@code at}; a word in Latin letters only as a
	 * whole word ("3 yuan", not "3 yuanxiang").
	 */
	static String wordAt(String folded, int at, List<String> words) {
		for (String w : words) {
			int end = at + w.length();
			if (folded.startsWith(w, at) && !(latinLetter(w.charAt(w.length() - 1)) && end < folded.length()
					&& latinLetter(folded.charAt(end)))) {
				return w;
			}
		}
		return null;
	}

	static boolean latinLetter(char c) {
		return c < 128 && Character.isLetter(c);
	}

	static String unitAt(String folded, int at, List<String> written) {
		for (String u : written) {
			if (folded.startsWith(u, at)) {
				int end = at + u.length();
				boolean latin = Character.isLetter(u.charAt(u.length() - 1)) && u.charAt(u.length() - 1) < 128;
				if (latin && end < folded.length() && Character.isLetter(folded.charAt(end))) {
					continue; // "3 km" is a unit, "3 kms…" is not read as one
				}
				// a one-letter short form (平 for 平方米) ends a word: "2600平" is a unit, "1
				// 平台…" is not (newcomer 6)
				boolean shortForm = u.length() == 1 && !u.equals(Grammar.standard().units().get(u));
				if (shortForm && end < folded.length()
						&& Character.UnicodeScript.of(folded.charAt(end)) == Character.UnicodeScript.HAN) {
					continue;
				}
				return u;
			}
		}
		return null;
	}

}
