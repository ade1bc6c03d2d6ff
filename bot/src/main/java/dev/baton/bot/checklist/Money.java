package dev.baton.bot.checklist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import dev.baton.bot.system.InvalidInputException;

/**
 * Amounts are exact decimals to the fen (0.01): anything finer is refused, never rounded.
 */
public final class Money {

	private static final BigDecimal LIMIT = new BigDecimal("1000000000000000000"); // DECIMAL(20,2)

	private Money() {
	}

	public static BigDecimal checked(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal plain = amount.stripTrailingZeros();
		if (plain.scale() > 2) {
			throw new InvalidInputException("checklist.amountTooPrecise",
					"amount " + amount.toPlainString() + " has more than two decimal places", amount.toPlainString());
		}
		if (plain.abs().compareTo(LIMIT) >= 0) {
			throw new InvalidInputException("checklist.amountTooLarge",
					"amount " + amount.toPlainString() + " is too large", amount.toPlainString());
		}
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}

	/**
	 * An amount as people write it, thousands grouped and exact to the fen: 865,000.00
	 * (never rounded; a finer amount, which {@link #checked} refuses, keeps all its
	 * digits).
	 */
	public static String grouped(BigDecimal amount) {
		BigDecimal exact = amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMinimumFractionDigits(exact.scale());
		format.setMaximumFractionDigits(exact.scale());
		format.setRoundingMode(RoundingMode.UNNECESSARY);
		return format.format(exact);
	}

	public static String currency(String code, BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		String c = code == null || code.isBlank() ? "CNY" : code.trim().toUpperCase(Locale.ROOT);
		if (!c.matches("[A-Z]{3}")) {
			throw new InvalidInputException("checklist.badCurrency", "currency must be a 3-letter ISO code: " + code,
					code);
		}
		return c;
	}

}
