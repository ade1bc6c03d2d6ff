package dev.baton.bot.conversation.grammar;

import java.util.List;

/**
 * An item said with two figures of one kind: two quantities ("乡村两级小型水库 4座，山塘12处") or two sums of money
 * ("总投资95万元，已拨付60万元"). Only the first is read into the item's field; the second would stay in its title
 * unsaid (#12, newcomer 2), so Baton says so and asks whether they are two items. A later clause that starts with a
 * word of the grammar's {@code part} kind details the first ("9处，其中2处运行不正常"): one item, nothing asked.
 * @param first the words up to the clause of the second figure ("乡村两级小型水库 4座")
 * @param second the words from it ("山塘12处")
 * @param money whether the two figures are sums of money (else quantities)
 */
public record TwoFigures(String first, String second, boolean money) {

	/** Where one clause ends and the next begins (a comma between digits is a thousands separator). */
	private static final String CLAUSE_ENDS = ",;。、";

	/**
	 * The two parts of {@code said} when it holds two figures of one kind in separate clauses and the second clause
	 * is not part of the first; null otherwise.
	 */
	public static TwoFigures in(String said) {
		if (said == null || said.isBlank()) {
			return null;
		}
		String text = MessageText.normalize(said);
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
			return new TwoFigures(first, second, money);
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
