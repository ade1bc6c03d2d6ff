package dev.baton.bot.documents;

import java.math.BigDecimal;

import dev.baton.bot.checklist.Money;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.documents.HandoverDocument.ItemRow;

/**
 * How every document writes a figure (the PDF, the Word file, the Excel text cells, the
 * verification page): money grouped to the fen with 元 (465,000.00元, or USD 1,200.00), a
 * quantity as people write it (2.3万亩, 8000亩, 29.22万亩, 1.5公顷), never rounded. One place,
 * so the files never disagree on a figure.
 */
public final class DocumentFigures {

	private DocumentFigures() {
	}

	public static String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		String grouped = Money.grouped(amount);
		return currency == null || "CNY".equals(currency) ? grouped + "元" : currency + " " + grouped;
	}

	public static String quantity(BigDecimal quantity, String unit) {
		return Quantity.format(quantity, unit, false);
	}

	/**
	 * An item's amount and its quantity (either or both), as the value column shows them.
	 */
	static String of(ItemRow i) {
		StringBuilder s = new StringBuilder();
		if (i.amount() != null) {
			s.append(money(i.amount(), i.currency()));
		}
		if (i.quantity() != null) {
			s.append(s.isEmpty() ? "" : "\n").append(quantity(i.quantity(), i.quantityUnit()));
		}
		// a corrected status is no correction of the figures (newcomer 21, finding 5)
		if (i.changes().stream().anyMatch(c -> !ItemChanges.STATUS.equals(c.field())) && !s.isEmpty()) {
			s.append("\n（已更正）");
		}
		return s.toString();
	}

}
