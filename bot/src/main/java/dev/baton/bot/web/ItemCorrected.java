package dev.baton.bot.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.baton.bot.checklist.DoneDate;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;

/**
 * The values of an item the departing official changed since first recording it (#12,
 * newcomer 16, finding 3): its amount, quantity, deadline and completion date, each as
 * first recorded beside the value now (the record page says 原填报 … → 更正为 …). A value said
 * for the first time later corrects nothing; audit's corrections are the dispute's.
 */
final class ItemCorrected {

	private ItemCorrected() {
	}

	static List<HandoverView.CorrectedView> of(Item item, ItemDraft first, DoneDate firstDone) {
		List<HandoverView.CorrectedView> out = new ArrayList<>();
		if (first != null && first.amount() != null
				&& (item.amount() == null || item.amount().compareTo(first.amount()) != 0
						|| !Objects.equals(item.currency(), first.currency()))) {
			out.add(new HandoverView.CorrectedView("AMOUNT", money(first.amount(), first.currency()),
					item.amount() == null ? null : money(item.amount(), item.currency())));
		}
		if (first != null && first.quantity() != null
				&& (item.quantity() == null || item.quantity().compareTo(first.quantity()) != 0
						|| !Objects.equals(item.quantityUnit(), first.quantityUnit()))) {
			out.add(new HandoverView.CorrectedView("QUANTITY", quantity(first.quantity(), first.quantityUnit()),
					item.quantity() == null ? null : quantity(item.quantity(), item.quantityUnit())));
		}
		if (first != null && first.deadline() != null && !first.deadline().equals(item.deadline())) {
			out.add(new HandoverView.CorrectedView("DEADLINE", first.deadline().toString(),
					item.deadline() == null ? null : item.deadline().toString()));
		}
		DoneDate done = DoneDate.of(item);
		if (firstDone != null && !firstDone.equals(done)) {
			out.add(new HandoverView.CorrectedView("DONE_ON", firstDone.iso(), done == null ? null : done.iso()));
		}
		return List.copyOf(out);
	}

	private static String money(BigDecimal amount, String currency) {
		BigDecimal exact = amount.scale() < 2 ? amount.setScale(2) : amount;
		return exact.toPlainString() + " " + (currency == null ? "CNY" : currency);
	}

	private static String quantity(BigDecimal quantity, String unit) {
		return quantity.toPlainString() + (unit == null ? "" : " " + unit);
	}

}
