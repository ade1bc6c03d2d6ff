package dev.baton.bot.confirmation;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.Item;

/**
 * The example of a correcting ruling shown to the ruling department for one disputed item (#12 newcomer 3): in the
 * item's own kind of figure, so a quantity item's example is in its unit ("应为121台"), never money. The figure is the
 * one the dispute's reason gives in that unit or in money ("资产卡片上只有121台" → 121台, "余额是119.85万元" →
 * 119.85万元), else the item's own figure.
 */
public final class RulingExample {

	private static final String NUMBER = "([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*([万亿]?)\\s*";

	private RulingExample() {
	}

	/** "121台", "119.85万元": the figure of the example (the texts put 应为 / should be before it). */
	public static String figure(Item item, String reason) {
		String text = reason == null ? "" : reason;
		if (item.quantity() != null && item.quantityUnit() != null) {
			Matcher m = Pattern.compile(NUMBER + Pattern.quote(item.quantityUnit())).matcher(text);
			return m.find() ? m.group(1) + m.group(2) + item.quantityUnit()
					: plain(item.quantity()) + item.quantityUnit();
		}
		Matcher m = Pattern.compile(NUMBER + "元").matcher(text);
		if (m.find()) {
			return m.group(1) + m.group(2) + "元";
		}
		return item.amount() != null ? plain(item.amount()) + "元" : "38.5万元";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
