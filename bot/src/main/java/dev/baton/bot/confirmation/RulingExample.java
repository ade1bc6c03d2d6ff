package dev.baton.bot.confirmation;

import dev.baton.bot.checklist.Item;

/**
 * The example of a correcting ruling shown to the ruling department for one disputed item
 * (#12 newcomer 3): in the item's own kind of figure, so a quantity item's example is in
 * its unit ("应为××台"), never money. One neutral form for every item (#12 newcomer 6,
 * finding 15): the figure is a placeholder, never the item's recorded figure nor the one
 * the dispute's reason claims, so the example cannot steer the ruling.
 */
public final class RulingExample {

	/**
	 * The placeholder for the figure the ruling department finds: ×× as in official
	 * forms.
	 */
	static final String PLACEHOLDER = "××";

	private RulingExample() {
	}

	/**
	 * "××台", "××元": the figure of the example (the texts put 应为 / should be before it).
	 */
	public static String figure(Item item, String reason) {
		// the field the dispute is about, not always the item's first figure: 期限不对 on an
		// item with an amount is answered with a date (#12, newcomer 11, finding 3)
		return switch (DisputedField.of(item, reason)) {
			case QUANTITY -> PLACEHOLDER + (item.quantityUnit() == null ? "" : item.quantityUnit());
			case DEADLINE -> "××××年××月××日";
			case AMOUNT, NONE -> PLACEHOLDER + "元";
		};
	}

}
