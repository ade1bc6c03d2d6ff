package dev.baton.bot.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.baton.bot.checklist.DoneDate;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.directory.Department;

/**
 * The changes of an item's values since it was first recorded, in the order they were
 * made, each with who made it (#12, newcomer 16, finding 3; newcomer 20a, finding 15):
 * the departing official's own while drafting (from the value first recorded to the last
 * one the departing side stated), then the ruling on a dispute (from that statement,
 * which the dispute or the checklist's journal keeps, to the ruled value), as the 交接书
 * lists them. A value said for the first time later corrects nothing.
 */
final class ItemCorrected {

	static final String DEPARTING = "DEPARTING";

	private ItemCorrected() {
	}

	/**
	 * @param ruled the dispute whose ruling changed the item's amount or quantity, or
	 * null
	 * @param ruledDeadline the deadline the departing side stated before a ruling
	 * corrected it (empty: none was stated), or null when no ruling corrected it
	 * @param ruler the department that rules disputes
	 */
	static List<HandoverView.CorrectedView> of(Item item, ItemDraft first, DoneDate firstDone, Dispute ruled,
			Optional<LocalDate> ruledDeadline, Department ruler) {
		List<HandoverView.CorrectedView> out = new ArrayList<>();
		boolean amountRuled = ruled != null && ruled.changedAmount() && ruled.originalAmount() != null;
		boolean quantityRuled = ruled != null && ruled.changedQuantity() && ruled.originalQuantity() != null;
		// what the departing side stated last: the value before a ruling changed it
		BigDecimal amount = amountRuled ? ruled.originalAmount() : item.amount();
		String currency = amountRuled ? stated(ruled.originalCurrency(), item.currency()) : item.currency();
		BigDecimal quantity = quantityRuled ? ruled.originalQuantity() : item.quantity();
		String unit = quantityRuled ? stated(ruled.originalQuantityUnit(), item.quantityUnit()) : item.quantityUnit();
		LocalDate deadline = ruledDeadline != null ? ruledDeadline.orElse(null) : item.deadline();
		if (first != null && first.amount() != null && (amount == null || amount.compareTo(first.amount()) != 0
				|| !cny(currency).equals(cny(first.currency())))) {
			out.add(new HandoverView.CorrectedView("AMOUNT", DEPARTING, money(first.amount(), first.currency()),
					amount == null ? null : money(amount, currency)));
		}
		if (first != null && first.quantity() != null && (quantity == null || quantity.compareTo(first.quantity()) != 0
				|| !Objects.equals(unit, first.quantityUnit()))) {
			out.add(new HandoverView.CorrectedView("QUANTITY", DEPARTING,
					quantity(first.quantity(), first.quantityUnit()),
					quantity == null ? null : quantity(quantity, unit)));
		}
		if (first != null && first.deadline() != null && !first.deadline().equals(deadline)) {
			out.add(new HandoverView.CorrectedView("DEADLINE", DEPARTING, first.deadline().toString(),
					deadline == null ? null : deadline.toString()));
		}
		DoneDate done = DoneDate.of(item);
		if (firstDone != null && !firstDone.equals(done)) {
			out.add(new HandoverView.CorrectedView("DONE_ON", DEPARTING, firstDone.iso(),
					done == null ? null : done.iso()));
		}
		// a status first said and changed since (现状 → 未启动; newcomer 21, finding 5); a
		// status said for the first time later (the status card) corrects nothing
		if (first != null && first.status() != null && item.status() != null && first.status() != item.status()) {
			out.add(new HandoverView.CorrectedView("STATUS", DEPARTING, first.status().name(), item.status().name()));
		}
		String by = ruler == null ? null : ruler.name();
		if (amountRuled) {
			out.add(new HandoverView.CorrectedView("AMOUNT", by, money(amount, currency),
					item.amount() == null ? null : money(item.amount(), item.currency())));
		}
		if (quantityRuled) {
			out.add(new HandoverView.CorrectedView("QUANTITY", by, quantity(quantity, unit),
					item.quantity() == null ? null : quantity(item.quantity(), item.quantityUnit())));
		}
		if (ruledDeadline != null && !Objects.equals(deadline, item.deadline())) {
			out.add(new HandoverView.CorrectedView("DEADLINE", by, deadline == null ? null : deadline.toString(),
					item.deadline() == null ? null : item.deadline().toString()));
		}
		return List.copyOf(out);
	}

	private static String stated(String kept, String item) {
		return kept != null ? kept : item;
	}

	private static String cny(String currency) {
		return currency == null || currency.isBlank() ? "CNY" : currency;
	}

	private static String money(BigDecimal amount, String currency) {
		BigDecimal exact = amount.scale() < 2 ? amount.setScale(2) : amount;
		return exact.toPlainString() + " " + cny(currency);
	}

	private static String quantity(BigDecimal quantity, String unit) {
		return quantity.toPlainString() + (unit == null ? "" : " " + unit);
	}

}
