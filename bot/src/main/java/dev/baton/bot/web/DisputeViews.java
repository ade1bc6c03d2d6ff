package dev.baton.bot.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.MoneyWords;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.documents.DocumentFigures;
import dev.baton.bot.web.HandoverView.DisputeValue;
import dev.baton.bot.web.HandoverView.DisputeView;

/**
 * The API's dispute objects with the field in dispute and both values, as the 交接书's
 * dispute table shows them (#12, newcomer 11, finding 2): a correction's field and values
 * come from the ruling (the amount and quantity the dispute kept, the deadline the
 * checklist's journal kept); for a dispute upheld or still waiting, the field is the one
 * the successor's claim names, or the item's only figure, and its value the item's.
 */
final class DisputeViews {

	private static final Pattern AMOUNT_WORDS = Pattern.compile("金额|余额|款|钱|元|价|费");

	private static final Pattern DEADLINE_WORDS = Pattern.compile("期限|日期|时间|到期|截止|完工|完成|月底|年底|月\\d*日|\\d{4}-\\d{2}");

	private static final Pattern QUANTITY_WORDS = Pattern.compile("数量|面积|人数|规模");

	private DisputeViews() {
	}

	/**
	 * @param items the handover's items by id, those withdrawn since included
	 * @param ruledDeadlines the deadlines stated before a ruling corrected them, by item
	 * id (empty when none was stated)
	 */
	static List<DisputeView> of(List<Dispute> disputes, Map<Long, Item> items,
			Map<Long, Optional<LocalDate>> ruledDeadlines) {
		return disputes.stream().map(d -> view(d, items.get(d.itemId()), ruledDeadlines)).toList();
	}

	private static DisputeView view(Dispute d, Item item, Map<Long, Optional<LocalDate>> ruledDeadlines) {
		String field;
		DisputeValue original;
		DisputeValue corrected = null;
		if (d.changedAmount()) {
			field = "AMOUNT";
			String currency = item == null || item.currency() == null ? d.originalCurrency() : item.currency();
			original = money(d.originalAmount(), d.originalCurrency() == null ? currency : d.originalCurrency());
			corrected = money(d.correctedAmount(), currency);
		}
		else if (d.changedQuantity()) {
			field = "QUANTITY";
			original = quantity(d.originalQuantity(), d.originalQuantityUnit());
			corrected = quantity(d.correctedQuantity(),
					d.correctedQuantityUnit() != null ? d.correctedQuantityUnit() : d.originalQuantityUnit());
		}
		else if (Ruling.CORRECTED.name().equals(d.ruling()) && item != null && ruledDeadlines.containsKey(item.id())) {
			field = "DEADLINE";
			original = date(ruledDeadlines.get(item.id()).orElse(null));
			corrected = date(item.deadline());
		}
		else {
			field = item == null ? null : claimed(d.reason(), item);
			original = field == null ? null : switch (field) {
				case "AMOUNT" -> money(item.amount(), item.currency());
				case "QUANTITY" -> quantity(item.quantity(), item.quantityUnit());
				default -> date(item.deadline());
			};
		}
		return new DisputeView(item == null ? 0 : item.seq(), d.reason(), d.raisedBy(), d.raisedAt(), d.ruling(),
				d.rulingNote(), exact(d.correctedAmount()), d.ruledBy(), d.ruledAt(),
				item == null ? null : item.title(), field, original, corrected);
	}

	/**
	 * The field a claim is about, for a dispute no correction settled: the one its words
	 * name among the figures the item holds, or the item's only figure; null when that
	 * cannot be told.
	 */
	static String claimed(String reason, Item item) {
		String words = reason == null ? "" : reason;
		boolean amount = item.amount() != null;
		boolean quantity = item.quantity() != null;
		boolean deadline = item.deadline() != null;
		boolean saysQuantity = quantity && (QUANTITY_WORDS.matcher(words).find() || item.quantityUnit() != null
				&& !item.quantityUnit().isBlank() && words.contains(item.quantityUnit()));
		// a figure of money said in English too ("should be 1.15 million yuan"), with the
		// grammar's money words
		String lower = words.toLowerCase(java.util.Locale.ROOT);
		boolean saysAmount = amount && (AMOUNT_WORDS.matcher(words).find() || MoneyWords.standard().sumSaid(lower)
				|| MoneyWords.standard().currencySaid(lower));
		boolean saysDeadline = deadline && DEADLINE_WORDS.matcher(words).find();
		int said = (saysAmount ? 1 : 0) + (saysQuantity ? 1 : 0) + (saysDeadline ? 1 : 0);
		if (said == 1) {
			return saysAmount ? "AMOUNT" : saysQuantity ? "QUANTITY" : "DEADLINE";
		}
		if (said == 0 && (amount ? 1 : 0) + (quantity ? 1 : 0) + (deadline ? 1 : 0) == 1) {
			return amount ? "AMOUNT" : quantity ? "QUANTITY" : "DEADLINE";
		}
		return null;
	}

	private static DisputeValue money(BigDecimal amount, String currency) {
		if (amount == null) {
			return null;
		}
		String unit = currency == null ? "CNY" : currency;
		return new DisputeValue((amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString(), unit, null, null,
				null, DocumentFigures.money(amount, unit));
	}

	private static DisputeValue quantity(BigDecimal quantity, String unit) {
		if (quantity == null) {
			return null;
		}
		BigDecimal plain = quantity.stripTrailingZeros();
		plain = plain.scale() < 0 ? plain.setScale(0) : plain;
		return new DisputeValue(null, null, plain.toPlainString(), unit, null, DocumentFigures.quantity(plain, unit));
	}

	private static DisputeValue date(LocalDate date) {
		return new DisputeValue(null, null, null, null, date, "期限：" + (date == null ? "未写明"
				: date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"));
	}

	private static String exact(BigDecimal amount) {
		return amount == null ? null : amount.toPlainString();
	}

}
