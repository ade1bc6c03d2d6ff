package dev.baton.bot.conversation.grammar;

import java.util.List;

/**
 * An item said with two figures of one kind: two quantities ("乡村两级小型水库 4座，山塘12处") or two
 * sums of money ("总投资95万元，已拨付60万元"). Only the first is read into the item's field; the
 * second would stay in its title unsaid (#12, newcomer 2), so Baton says so and asks
 * whether they are two items. A later clause that starts with a word of the grammar's
 * {@code part} kind details the first ("9处，其中2处运行不正常"): one item, nothing asked.
 *
 * @param first the words up to the clause of the second figure ("乡村两级小型水库 4座")
 * @param second the words from it ("山塘12处")
 * @param money whether the two figures are sums of money (else quantities)
 */
public record TwoFigures(String first, String second, boolean money) {

	/**
	 * Where one clause ends and the next begins (a comma between digits is a thousands
	 * separator).
	 */
	private static final String CLAUSE_ENDS = ",;。、";

	/**
	 * The two parts of {@code said} when it holds two figures of one kind in separate
	 * clauses and the second clause is not part of the first; null otherwise.
	 */
	public static TwoFigures in(String said) {
		if (said == null || said.isBlank()) {
			return null;
		}
		String text = MessageText.normalize(said);
		Cut cut = cut(text);
		return cut == null ? null : new TwoFigures(text.substring(0, cut.at()).strip(),
				text.substring(cut.at() + 1).strip(), cut.money());
	}

	/**
	 * Where in {@code said} (normalized like a message) the second part starts: the
	 * clause end before it, or -1 when it holds no two figures of one kind in separate
	 * clauses (as {@link #in}).
	 */
	static int cutAt(String said) {
		Cut cut = said == null || said.isBlank() ? null : cut(said);
		return cut == null ? -1 : cut.at();
	}

	/**
	 * An answer to "是一项还是两项？" in the person's words.
	 *
	 * @param two whether they are two items (记为两项 / 分开记) or one (记为一项 / 一项就行)
	 * @param item the item named with it ("第4项记为一项"), or null
	 */
	public record Answer(boolean two, Integer item) {
	}

	/** The item named before an answer: "第4项…", "4项…", "把第4项…". */
	private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern
		.compile("^(?:把)?\\s*(?:第\\s*([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})|([0-9]{1,4}))\\s*(?:项|条)\\s*[,:;\\s]*");

	/**
	 * The answer a message gives to "是一项还是两项？" (#12, newcomer 3, finding 8): every clause
	 * one of the grammar's {@code split} words ("分开记，两项", "分两项吧", "一项就行"), or a plain yes
	 * beside one ("好的，分开记"), all saying the same; an item may be named first ("第4项记为一项").
	 * Null when it is anything else.
	 */
	public static Answer answer(String message) {
		if (message == null || message.isBlank()) {
			return null;
		}
		Grammar grammar = Grammar.standard();
		ClauseReader reader = new ClauseReader(grammar);
		String folded = MessageText.fold(MessageText.normalize(message)).strip();
		Integer item = null;
		java.util.regex.Matcher named = ITEM.matcher(folded);
		if (named.lookingAt() && named.end() < folded.length()) {
			item = CommandParser.number(named.group(1) != null ? named.group(1) : named.group(2));
			folded = folded.substring(named.end());
		}
		Boolean whole = grammar.split(reader.trim(folded.replaceAll("[\\s。.!！~～]+$", "")));
		if (whole != null) {
			return new Answer(whole, item); // "two items", "记为两项。"
		}
		Boolean two = null;
		for (String clause : folded.split("[\\s,;!?。、.~]+")) {
			if (clause.isEmpty()) {
				continue;
			}
			Boolean said = grammar.split(clause);
			if (said == null) {
				said = grammar.split(reader.trim(clause));
			}
			if (said == null) {
				Grammar.Meaning m = reader.read(clause);
				if (m != null && m.intent() == Intent.CONFIRM && !m.tentative()) {
					continue; // 好的，分开记
				}
				return null;
			}
			if (two != null && !two.equals(said)) {
				return null;
			}
			two = said;
		}
		return two == null ? null : new Answer(two, item);
	}

	/**
	 * The second part as a question shows it (#12, newcomer 4, finding 17): without a
	 * last clause that only says a status ("实有在编人员35人，现状" → 实有在编人员35人): the status is the
	 * message's, and the second item takes it when split, in its status, never in its
	 * name.
	 */
	public String secondShown() {
		Grammar grammar = Grammar.standard();
		String shown = second;
		while (true) {
			int at = Math.max(Math.max(shown.lastIndexOf('，'), shown.lastIndexOf(',')),
					Math.max(shown.lastIndexOf('；'), shown.lastIndexOf(';')));
			if (at <= 0) {
				return shown;
			}
			String last = MessageText.fold(shown.substring(at + 1)).strip();
			if (!grammar.words(Grammar.Kind.STATUS).contains(last)) {
				return shown;
			}
			shown = shown.substring(0, at).strip();
		}
	}

	/**
	 * Whether the second figure counts part of the first (#12, newcomer 16, finding 4:
	 * 「共11条，已整改8条」): a quantity in the same unit, in a clause that starts with a
	 * {@code counted} word (已整改 / 已办结 / 剩 …); or a sum of money in a clause that starts
	 * with a {@code counted} word of meaning {@code money} (已付 / 尚欠 …), smaller than the
	 * first. That is progress on the one item, never a second item: no split is offered,
	 * the words stay in its 说明.
	 */
	public boolean counted() {
		Grammar grammar = Grammar.standard();
		List<Figures.Found> a = Figures.all(first, grammar).stream().filter(f -> f.money() == money).toList();
		List<Figures.Found> b = Figures.all(second, grammar).stream().filter(f -> f.money() == money).toList();
		if (a.isEmpty() || b.isEmpty()
				|| !money && !java.util.Objects.equals(a.get(a.size() - 1).unit(), b.get(0).unit())) {
			return false;
		}
		String lead = MessageText.fold(second.substring(0, Math.min(second.length(), b.get(0).start())));
		// a sum: only the part paid or owed of it (合同金额186万元，已付120万; newcomer 23,
		// finding 3), smaller than it; 总投资95万元，已拨付60万元 is still asked
		return money ? grammar.countsMoney(lead) && b.get(0).value().compareTo(a.get(a.size() - 1).value()) < 0
				: grammar.counts(lead);
	}

	/** Where the second part starts, and whether its figures are money. */
	private record Cut(int at, boolean money) {
	}

	private static Cut cut(String text) {
		Grammar grammar = Grammar.standard();
		List<Figures.Found> found = Figures.all(text, grammar);
		for (boolean money : new boolean[] { false, true }) {
			List<Figures.Found> same = found.stream().filter(f -> f.money() == money).toList();
			if (same.size() < 2) {
				continue;
			}
			int cut = cut(MessageText.fold(text), same.get(0).end(), same.get(1).start());
			if (cut < 0) {
				continue;
			}
			String first = text.substring(0, cut).strip();
			String second = text.substring(cut + 1).strip();
			String folded = MessageText.fold(second);
			if (first.isEmpty() || second.isEmpty()
					|| grammar.words(Grammar.Kind.PART).stream().anyMatch(folded::startsWith)) {
				continue;
			}
			return new Cut(cut, money);
		}
		return null;
	}

	/** The last clause end between two figures (a space when there is none), or -1. */
	private static int cut(String folded, int from, int to) {
		for (int i = Math.min(to, folded.length()) - 1; i >= from; i--) {
			char c = folded.charAt(i);
			boolean thousands = c == ',' && i > 0 && i + 1 < folded.length() && Character.isDigit(folded.charAt(i - 1))
					&& Character.isDigit(folded.charAt(i + 1));
			if (CLAUSE_ENDS.indexOf(c) >= 0 && !thousands) {
				return i;
			}
		}
		for (int i = Math.min(to, folded.length()) - 1; i >= from; i--) {
			if (folded.charAt(i) == ' ') {
				return i;
			}
		}
		return -1;
	}

}
