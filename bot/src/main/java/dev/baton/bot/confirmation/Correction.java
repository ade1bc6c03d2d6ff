package dev.baton.bot.confirmation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The new value a CORRECTED ruling gives the item, if it gives one: an amount of money
 * ("尾款应为38.2万元"), or a quantity with its unit ("林地面积应为29.5万亩"), or a deadline
 * ("期限应为2027年12月31日", #12 newcomer 8, finding 4); all null when the correction states no
 * new value (the item keeps its values and the ruling note is recorded).
 */
public record Correction(BigDecimal amount, BigDecimal quantity, String unit, LocalDate deadline) {

	public static final Correction NONE = new Correction(null, null, null, null);

	public Correction(BigDecimal amount, BigDecimal quantity, String unit) {
		this(amount, quantity, unit, null);
	}

	public static Correction amount(BigDecimal amount) {
		return new Correction(amount, null, null);
	}

}
