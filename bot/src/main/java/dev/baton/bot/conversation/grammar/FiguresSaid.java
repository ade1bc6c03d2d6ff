package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;

/**
 * The figures said in a message, against the ones an item records (newcomer 25, finding
 * 5: 「欠款实际是36万，不是38万」 gives a sum other than the 38万 recorded): money against its amount,
 * a quantity against its quantity in the same unit.
 */
public final class FiguresSaid {

	private FiguresSaid() {
	}

	/**
	 * Whether the words give a sum of money other than {@code amount}, or a quantity in
	 * {@code unit} other than {@code quantity}; a figure of a kind the item does not
	 * record says nothing against it.
	 */
	public static boolean otherThan(String said, BigDecimal amount, BigDecimal quantity, String unit) {
		if (said == null) {
			return false;
		}
		for (Figures.Found f : Figures.all(MessageText.fold(MessageText.normalize(said)), Grammar.standard())) {
			boolean other = f.money() ? amount != null && f.value().compareTo(amount) != 0 : quantity != null
					&& f.unit() != null && f.unit().equals(unit) && f.value().compareTo(quantity) != 0;
			if (other) {
				return true;
			}
		}
		return false;
	}

}
