package dev.baton.bot.confirmation;

import java.math.BigDecimal;

/**
 * The new value a CORRECTED ruling gives the item, if it gives one: an amount of money ("尾款应为38.2万元"), or a
 * quantity with its unit ("林地面积应为29.5万亩"); both null when the correction states no new value (the item keeps
 * its value and the ruling note is recorded).
 */
public record Correction(BigDecimal amount, BigDecimal quantity, String unit) {

	public static final Correction NONE = new Correction(null, null, null);

	public static Correction amount(BigDecimal amount) {
		return new Correction(amount, null, null);
	}

}
