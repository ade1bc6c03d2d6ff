package dev.baton.bot.checklist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an edit changed on an item, field by field, for its audit row (#12, newcomer 8,
 * finding 12): each changed field with its value before and after
 * ({@code {"field":"AMOUNT","from":"365000.00 CNY","to":"382000.00 CNY"}}), a cleared
 * field's new value null. Values are as stored, never rounded: an amount to the fen with
 * its currency, a quantity with its unit, a status by its code, a day or month as ISO, a
 * section by its code; an item deleted or restored changes {@code LISTED} (LISTED,
 * DELETED, UNDONE). The console says them in words.
 */
public final class FieldChanges {

	/** The key of the list in an audit row's detail. */
	public static final String KEY = "changes";

	private FieldChanges() {
	}

	/**
	 * The fields that differ between the item before and after, in a fixed order; empty
	 * when none.
	 * @param sectionCode the code of a section by its id (for an item moved)
	 */
	public static List<Map<String, String>> between(Item before, Item after, Function<Long, String> sectionCode) {
		List<Map<String, String>> out = new ArrayList<>();
		add(out, "TITLE", before.title(), after.title());
		add(out, "STATUS", name(before.status()), name(after.status()));
		add(out, "AMOUNT", money(before.amount(), before.currency()), money(after.amount(), after.currency()));
		add(out, "QUANTITY", quantity(before.quantity(), before.quantityUnit()),
				quantity(after.quantity(), after.quantityUnit()));
		add(out, "DEADLINE", string(before.deadline()), string(after.deadline()));
		add(out, "DONE_ON", before.doneOn() != null ? before.doneOn().toString() : string(before.doneIn()),
				after.doneOn() != null ? after.doneOn().toString() : string(after.doneIn()));
		add(out, "COUNTERPARTY", before.counterparty(), after.counterparty());
		add(out, "RESPONSIBLE", before.responsible(), after.responsible());
		add(out, "DETAILS", before.details(), after.details());
		if (before.sectionId() != after.sectionId() && sectionCode != null) {
			add(out, "SECTION", sectionCode.apply(before.sectionId()), sectionCode.apply(after.sectionId()));
		}
		add(out, "LISTED", listed(before), listed(after));
		return out;
	}

	/** The same, for an edit that moves no item between sections. */
	public static List<Map<String, String>> between(Item before, Item after) {
		return between(before, after, null);
	}

	private static void add(List<Map<String, String>> out, String field, String from, String to) {
		String a = blankAsNull(from);
		String b = blankAsNull(to);
		if (Objects.equals(a, b)) {
			return;
		}
		Map<String, String> change = new LinkedHashMap<>();
		change.put("field", field);
		change.put("from", a);
		change.put("to", b);
		out.add(change);
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String string(Object value) {
		return value == null ? null : value.toString();
	}

	private static String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return null;
		}
		BigDecimal exact = amount.scale() < 2 ? amount.setScale(2) : amount; // to the
																				// fen,
																				// never
																				// rounded
		return exact.toPlainString() + " " + (currency == null ? "CNY" : currency);
	}

	private static String quantity(BigDecimal quantity, String unit) {
		return quantity == null ? null : quantity.toPlainString() + (unit == null ? "" : " " + unit);
	}

	private static String listed(Item item) {
		return item.withdrawnAt() == null ? "LISTED" : item.withdrawnHow() == null ? "DELETED" : item.withdrawnHow();
	}

}
