package dev.baton.bot.checklist;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import dev.baton.bot.system.InvalidInputException;

/**
 * Quantities that are not money (亩, 平方米, 公顷, 人, 处, 个, 件, 户, 公里, 吨 …): exact decimals with
 * their unit as written, to six decimal places at most (finer is refused, never rounded),
 * and shown the way people write large numbers, exactly: 292200 亩 reads "29.22万亩".
 */
public final class Quantity {

	static final int UNIT_MAX = 16;

	private static final BigDecimal LIMIT = new BigDecimal("1000000000000000000"); // DECIMAL(24,6)

	private static final BigDecimal WAN = new BigDecimal("10000");

	private static final BigDecimal YI = new BigDecimal("100000000");

	private Quantity() {
	}

	static BigDecimal checked(BigDecimal quantity) {
		if (quantity == null) {
			return null;
		}
		BigDecimal plain = quantity.stripTrailingZeros();
		if (plain.scale() > 6) {
			throw new InvalidInputException("checklist.quantityTooPrecise",
					"quantity " + quantity.toPlainString() + " has more than six decimal places",
					quantity.toPlainString());
		}
		if (plain.abs().compareTo(LIMIT) >= 0) {
			throw new InvalidInputException("checklist.quantityTooLarge",
					"quantity " + quantity.toPlainString() + " is too large", quantity.toPlainString());
		}
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}

	/** The unit, stripped; required with a quantity. */
	static String unit(String unit, BigDecimal quantity) {
		if (quantity == null) {
			return null;
		}
		String u = unit == null ? "" : unit.strip();
		if (u.isEmpty() || u.length() > UNIT_MAX || Character.isDigit(u.codePointAt(0))) {
			throw new InvalidInputException("checklist.badUnit",
					"a quantity needs a unit of 1 to 16 characters, not " + "starting with a digit: " + unit,
					quantity.toPlainString(), UNIT_MAX);
		}
		return u;
	}

	/**
	 * The quantity as people write it: from 10000 up in 万 and from 100000000 up in 亿
	 * (Chinese), or with thousands separators (English); never rounded.
	 */
	public static String format(BigDecimal quantity, String unit, boolean english) {
		if (quantity == null) {
			return "";
		}
		String u = unit == null ? "" : unit;
		if (english) {
			DecimalFormat grouped = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
			return grouped.format(quantity) + (u.isEmpty() ? "" : " " + u);
		}
		BigDecimal abs = quantity.abs();
		if (abs.compareTo(YI) >= 0) {
			return plain(quantity.divide(YI)) + "亿" + u;
		}
		if (abs.compareTo(WAN) >= 0) {
			return plain(quantity.divide(WAN)) + "万" + u;
		}
		return plain(quantity) + u;
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

}
