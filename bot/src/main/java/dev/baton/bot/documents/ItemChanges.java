package dev.baton.bot.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.baton.bot.checklist.DoneDate;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.documents.HandoverDocument.Change;

/**
 * The corrections of an item's amount or quantity since it was first recorded, in the
 * order they were made: the departing official's own while drafting (the checklist's
 * journal keeps the item as first recorded), then the ruling on a dispute (the dispute
 * keeps the value the departing side stated). The document shows the value as it stands
 * and these beside the words as said, so that words naming the first figure (45.6万) are
 * never taken for it.
 */
final class ItemChanges {

	static final String DEPARTING = "离任干部更正";

	/** How a corrected status is named (newcomer 21, finding 5). */
	static final String STATUS = "状态";

	private ItemChanges() {
	}

	/**
	 * @param first the item as first recorded, or null when it was never edited
	 * @param ruled the dispute whose ruling changed the item's amount or quantity, or
	 * null
	 * @param ruler how the ruling is named: 审计裁定更正
	 */
	static List<Change> of(Item item, ItemDraft first, Dispute ruled, String ruler) {
		return of(item, first, ruled, ruler, null);
	}

	/**
	 * @param ruledDeadline the deadline the departing side stated before a ruling
	 * corrected it (empty: none was stated), or null when no ruling corrected the item's
	 * deadline (#12, newcomer 8, finding 4)
	 */
	static List<Change> of(Item item, ItemDraft first, Dispute ruled, String ruler,
			java.util.Optional<java.time.LocalDate> ruledDeadline) {
		return of(item, first, ruled, ruler, ruledDeadline, null);
	}

	/**
	 * @param firstDone when the item was first recorded as done, or null (#12, newcomer
	 * 16, finding 3: a completion date or a deadline the departing official changed keeps
	 * what it was first recorded as, as an amount does)
	 */
	static List<Change> of(Item item, ItemDraft first, Dispute ruled, String ruler,
			java.util.Optional<java.time.LocalDate> ruledDeadline, DoneDate firstDone) {
		List<Change> out = new ArrayList<>();
		boolean amountRuled = ruled != null && ruled.changedAmount();
		boolean quantityRuled = ruled != null && ruled.changedQuantity();
		// what the departing side stated last: the value before a ruling changed it
		BigDecimal amount = amountRuled ? ruled.originalAmount() : item.amount();
		String currency = amountRuled ? ruled.originalCurrency() : item.currency();
		BigDecimal quantity = quantityRuled ? ruled.originalQuantity() : item.quantity();
		String unit = quantityRuled ? ruled.originalQuantityUnit() : item.quantityUnit();
		if (first != null && first.amount() != null) {
			String was = DocumentFigures.money(first.amount(), first.currency());
			if (amount == null && quantity != null && first.quantity() == null) {
				out.add(new Change("", "金额" + was, "数量" + DocumentFigures.quantity(quantity, unit), DEPARTING));
			}
			else if (amount == null) {
				out.add(new Change("金额", was, "", DEPARTING));
			}
			else if (amount.compareTo(first.amount()) != 0 || !cny(currency).equals(cny(first.currency()))) {
				out.add(new Change("金额", was, DocumentFigures.money(amount, currency), DEPARTING));
			}
		}
		if (first != null && first.quantity() != null) {
			String was = DocumentFigures.quantity(first.quantity(), first.quantityUnit());
			if (quantity == null) {
				out.add(new Change("数量", was, "", DEPARTING));
			}
			else if (quantity.compareTo(first.quantity()) != 0 || !Objects.equals(unit, first.quantityUnit())) {
				out.add(new Change("数量", was, DocumentFigures.quantity(quantity, unit), DEPARTING));
			}
		}
		// the deadline the departing side stated last: the one before a ruling changed it
		java.time.LocalDate deadline = ruledDeadline != null ? ruledDeadline.orElse(null) : item.deadline();
		if (first != null && first.deadline() != null && !first.deadline().equals(deadline)) {
			out.add(new Change("期限", DocumentWords.date(first.deadline()),
					deadline == null ? "" : DocumentWords.date(deadline), DEPARTING));
		}
		DoneDate done = DoneDate.of(item);
		if (firstDone != null && !firstDone.equals(done)) {
			out.add(new Change("完成时间", firstDone.zh(), done == null ? "" : done.zh(), DEPARTING));
		}
		// a status first said and changed since (newcomer 21, finding 5)
		if (first != null && first.status() != null && item.status() != null && first.status() != item.status()) {
			out.add(new Change(STATUS, DocumentWords.status(first.status()), DocumentWords.status(item.status()),
					DEPARTING));
		}
		if (amountRuled && ruled.originalAmount() != null) {
			String stated = DocumentFigures.money(ruled.originalAmount(), ruled.originalCurrency());
			out.add(new Change("金额", stated, DocumentFigures.money(item.amount(), item.currency()), ruler,
					declared(out, "金额", stated)));
		}
		if (quantityRuled && ruled.originalQuantity() != null) {
			String stated = DocumentFigures.quantity(ruled.originalQuantity(), ruled.originalQuantityUnit());
			out.add(new Change("数量", stated, DocumentFigures.quantity(item.quantity(), item.quantityUnit()), ruler,
					declared(out, "数量", stated)));
		}
		if (ruledDeadline != null && item.deadline() != null) {
			out.add(new Change("期限", ruledDeadline.map(java.time.LocalDate::toString).orElse("无"),
					item.deadline().toString(), ruler));
		}
		return List.copyOf(out);
	}

	/**
	 * What the departing official first declared of a field they corrected to
	 * {@code stated} before a ruling corrected it again, or null (newcomer 21, finding
	 * 24).
	 */
	private static String declared(List<Change> before, String field, String stated) {
		return before.stream()
			.filter(c -> c.by().equals(DEPARTING) && c.field().equals(field) && c.now().equals(stated))
			.map(Change::was)
			.findFirst()
			.orElse(null);
	}

	private static String cny(String currency) {
		return currency == null || currency.isBlank() ? "CNY" : currency;
	}

}
