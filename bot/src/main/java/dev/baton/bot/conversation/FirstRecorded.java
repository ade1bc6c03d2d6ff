package dev.baton.bot.conversation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.baton.bot.checklist.DoneDate;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.confirmation.Dispute;

/**
 * What the departing official first recorded for an item, and the dispute whose ruling
 * changed it since, so that a value the departing official corrected is never shown
 * beside words as said (原文) that contradict it with nothing said (#12, newcomer 2:
 * 金额：980,000.00元 beside 原文：…95万元). The value then says it was corrected and what it was
 * first recorded as: 金额：980,000.00元（离任干部已更正，原记为950,000.00元）. A value said for the first
 * time later (a status asked with the card) corrects nothing; a value audit corrected is
 * the ruling's note to say, not this.
 *
 * @param first the item as first recorded, or null when it was never edited (it holds
 * what was first recorded)
 * @param ruled the latest dispute of the item whose ruling changed its amount or
 * quantity, or null
 * @param firstDone when the item was first recorded as done, or null when it was never
 * edited or first recorded with no completion date
 */
record FirstRecorded(ItemDraft first, Dispute ruled, DoneDate firstDone) {

	static final FirstRecorded NONE = new FirstRecorded(null, null, null);

	FirstRecorded(ItemDraft first, Dispute ruled) {
		this(first, ruled, null);
	}

	/**
	 * What follows the completion date line's value: "（离任干部已更正，原记为2026年9月）" (#12,
	 * newcomer 16, finding 3), or "".
	 */
	String doneOn(Texts t, Item item) {
		DoneDate now = DoneDate.of(item);
		if (firstDone == null || now == null || firstDone.equals(now)) {
			return "";
		}
		return t.get("conv.item.fixed", ItemLines.done(t, firstDone));
	}

	/** What follows the status line's value: "（离任干部已更正，原记为推进中）", or "". */
	String status(Texts t, Item item) {
		if (first == null || first.status() == null || first.status() == item.status()) {
			return "";
		}
		return t.get("conv.item.fixed", t.get("conv.itemStatus." + first.status()));
	}

	/** What follows the amount line's value, or "". */
	String amount(Texts t, Item item) {
		if (first == null || first.amount() == null || item.amount() == null) {
			return "";
		}
		boolean audited = ruled != null && ruled.changedAmount();
		BigDecimal departing = audited ? ruled.originalAmount() : item.amount();
		if (departing == null || departing.compareTo(first.amount()) == 0) {
			return "";
		}
		String was = ItemLines.money(t, first.amount(), first.currency());
		return !audited ? t.get("conv.item.fixed", was)
				: t.get("conv.item.fixedThenRuled", was, ItemLines.money(t, departing, ruled.originalCurrency()));
	}

	/**
	 * What follows the quantity line's value (an amount that was a quantity all along,
	 * too), or "".
	 */
	String quantity(Texts t, Item item) {
		if (first == null || item.quantity() == null) {
			return "";
		}
		if (first.quantity() == null) {
			// "第12项不是金额，是面积": the number first recorded as money is this quantity
			return first.amount() == null || item.amount() != null ? ""
					: t.get("conv.item.fixedFromAmount", ItemLines.money(t, first.amount(), first.currency()));
		}
		boolean audited = ruled != null && ruled.changedQuantity();
		BigDecimal departing = audited ? ruled.originalQuantity() : item.quantity();
		String unit = audited ? ruled.originalQuantityUnit() : item.quantityUnit();
		if (departing == null
				|| departing.compareTo(first.quantity()) == 0 && Objects.equals(unit, first.quantityUnit())) {
			return "";
		}
		String was = Quantity.format(first.quantity(), first.quantityUnit(), t.english());
		return !audited ? t.get("conv.item.fixed", was)
				: t.get("conv.item.fixedThenRuled", was, Quantity.format(departing, unit, t.english()));
	}

	/** What follows the deadline line's value, or "". */
	String deadline(Texts t, Item item) {
		if (first == null || first.deadline() == null || item.deadline() == null
				|| first.deadline().equals(item.deadline())) {
			return "";
		}
		return t.get("conv.item.fixed", first.deadline().toString());
	}

	/** Lines for values first recorded and emptied since: "金额：无（离任干部已删去，原记为…）". */
	List<String> cleared(Texts t, Item item) {
		List<String> out = new ArrayList<>();
		if (first == null) {
			return out;
		}
		boolean amountWasQuantity = first.quantity() == null && item.quantity() != null;
		if (first.amount() != null && item.amount() == null && !amountWasQuantity) {
			out.add(t.get("conv.item.amountCleared", ItemLines.money(t, first.amount(), first.currency())));
		}
		if (first.quantity() != null && item.quantity() == null) {
			out.add(t.get("conv.item.quantityCleared",
					Quantity.format(first.quantity(), first.quantityUnit(), t.english())));
		}
		if (first.deadline() != null && item.deadline() == null) {
			out.add(t.get("conv.item.deadlineCleared", first.deadline().toString()));
		}
		return out;
	}

}
