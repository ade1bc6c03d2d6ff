package dev.baton.bot.confirmation;

import java.util.List;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.MoneyWords;

/**
 * Which of an item's figures a dispute is about (#12, newcomer 11, finding 3): the field
 * the reason names (第2项期限不对 → the deadline; 实际在编只有12人 → the headcount), else the kind of
 * figure the reason states, else the item's own figure (a quantity first, then an amount,
 * then a deadline). Examples and prompts follow it, so a headcount is never answered in 元
 * and a deadline never in money.
 */
public enum DisputedField {

	AMOUNT, QUANTITY, DEADLINE, NONE;

	private static final List<String> DEADLINE_WORDS = List.of("期限", "日期", "时间", "时限", "截止", "到期", "完工", "竣工", "办结",
			"月底", "年底", "deadline", "date");

	private static final List<String> AMOUNT_WORDS = List.of("金额", "钱", "款", "余额", "资金", "经费", "预算", "amount");

	private static final List<String> QUANTITY_WORDS = List.of("数量", "人数", "编制", "在编", "面积", "件数", "个数", "台数",
			"quantity", "headcount");

	/**
	 * A sum of money as the grammar reads one, in Chinese or English (#17): 118万 /
	 * 38.5万元, 1.2 million yuan / RMB 1.2 million / CNY 350,000 / ¥1.2m / 1.5 billion; and
	 * money said in so many words, never a quantity (元, yuan, RMB, CNY, ¥): the grammar's
	 * own money words.
	 */
	private static final MoneyWords MONEY = MoneyWords.standard();

	private static final Pattern DATE = Pattern
		.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}|\\d{1,2}\\s*月\\s*(?:\\d{1,2}\\s*[日号]|底|份)");

	/** The field a dispute of {@code item} with these reason words is about. */
	public static DisputedField of(Item item, String reason) {
		String said = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
		String unit = item.quantityUnit();
		boolean unitSaid = unit != null && !unit.isBlank()
				&& Pattern.compile("[0-9一二三四五六七八九十两]\\s*(?:[万千]\\s*)?" + Pattern.quote(unit)).matcher(said).find();
		if (QUANTITY_WORDS.stream().anyMatch(said::contains) || unitSaid) {
			return QUANTITY;
		}
		if (DEADLINE_WORDS.stream().anyMatch(said::contains)) {
			return DEADLINE;
		}
		if (AMOUNT_WORDS.stream().anyMatch(said::contains) || MONEY.sumSaid(said)) {
			return item.quantity() != null && item.amount() == null && !MONEY.currencySaid(said) ? QUANTITY : AMOUNT;
		}
		if (DATE.matcher(said).find()) {
			return DEADLINE;
		}
		if (item.quantity() != null && unit != null) {
			return QUANTITY;
		}
		if (item.amount() != null) {
			return AMOUNT;
		}
		return item.deadline() != null ? DEADLINE : NONE;
	}

}
