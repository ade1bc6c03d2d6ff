package dev.baton.bot.conversation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Money;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Ruling;

/**
 * Items and sections as chat lines; one item is one block (split between blocks, never
 * inside one). A block holds what was stated (status, or that it is still to be said;
 * amount; quantity with its unit; deadline; responsible) and the notes on the item that
 * matter now: the latest return's review comments, the supplements, and its dispute with
 * the ruling (a correction shows the departing side's statement and the ruled amount).
 */
final class ItemLines {

	private ItemLines() {
	}

	static String item(Texts texts, Item item) {
		return item(texts, item, List.of());
	}

	static String item(Texts texts, Item item, List<String> notes) {
		return item(texts, item, notes, FirstRecorded.NONE);
	}

	/**
	 * The item's block; a value the departing official changed since they first recorded
	 * it says so, with what it was first recorded as (the words as said may contradict it
	 * otherwise).
	 */
	static String item(Texts texts, Item item, List<String> notes, FirstRecorded first) {
		StringBuilder out = new StringBuilder(texts.get("conv.item.head", item.seq(), item.title()));
		if (item.details() != null && !item.details().isBlank()) {
			// labelled: it may hold a second figure said with the item (#12, newcomer 3,
			// finding 13)
			out.append('\n').append(texts.get("conv.item.details", item.details()));
		}
		out.append('\n').append(texts.get("conv.item.status", status(texts, item) + first.status(texts, item)));
		if (item.amount() != null) {
			out.append('\n')
				.append(texts.get("conv.item.amount",
						money(texts, item.amount(), item.currency()) + first.amount(texts, item)));
		}
		if (item.quantity() != null) {
			out.append('\n')
				.append(texts.get("conv.item.quantity",
						Quantity.format(item.quantity(), item.quantityUnit(), texts.english())
								+ first.quantity(texts, item)));
		}
		if (item.doneOn() != null || item.doneIn() != null) {
			out.append('\n').append(texts.get("conv.item.doneOn", doneOn(texts, item) + first.doneOn(texts, item)));
		}
		if (item.deadline() != null) {
			out.append('\n')
				.append(texts.get("conv.item.deadline", item.deadline().toString() + first.deadline(texts, item)));
		}
		for (String cleared : first.cleared(texts, item)) {
			out.append('\n').append(cleared);
		}
		if (item.counterparty() != null && !item.counterparty().isBlank()) {
			out.append('\n').append(texts.get("conv.item.counterparty", item.counterparty()));
		}
		if (item.responsible() != null && !item.responsible().isBlank()) {
			out.append('\n').append(texts.get("conv.item.responsible", item.responsible()));
		}
		if (item.said() != null && !item.said().equals(item.title())) {
			out.append('\n').append(texts.get("conv.item.said", item.said()));
		}
		for (String note : notes) {
			out.append('\n').append(note);
		}
		out.append('\n').append(texts.get("conv.confirmation." + item.confirmation()));
		return out.toString();
	}

	/**
	 * When the item was done: the day (2026-04-30), or the month as said (2026年4月, no day
	 * made up).
	 */
	static String doneOn(Texts texts, Item item) {
		return done(texts, dev.baton.bot.checklist.DoneDate.of(item));
	}

	/** A completion date as the item block shows it: the day, or the month as said. */
	static String done(Texts texts, dev.baton.bot.checklist.DoneDate when) {
		if (when.day() != null) {
			return when.day().toString();
		}
		java.time.YearMonth m = when.month();
		return texts.get("conv.item.month", String.valueOf(m.getYear()), String.valueOf(m.getMonthValue()),
				m.toString());
	}

	/**
	 * An item's dispute as a note: the reason while it waits for the ruling, then the
	 * ruling; a correction of the amount shows the departing side's statement and the
	 * ruled amount ("原陈述 … → 审计更正为 …（说明）").
	 */
	static String dispute(Texts texts, Dispute d) {
		String note = d.rulingNote() == null || d.rulingNote().isBlank() ? "" : d.rulingNote().strip();
		if (d.ruling() == null) {
			return texts.get("conv.item.disputed", d.reason());
		}
		if (Ruling.UPHELD.name().equals(d.ruling())) {
			return texts.get("conv.item.upheld", note);
		}
		if (d.changedAmount()) {
			String was = d.originalAmount() == null ? texts.get("conv.item.noAmount")
					: money(texts, d.originalAmount(), d.originalCurrency());
			return texts.get("conv.item.corrected", was, money(texts, d.correctedAmount(), d.originalCurrency()), note);
		}
		if (d.changedQuantity()) {
			String was = d.originalQuantity() == null ? texts.get("conv.item.noQuantity")
					: Quantity.format(d.originalQuantity(), d.originalQuantityUnit(), texts.english());
			return texts.get("conv.item.corrected", was,
					Quantity.format(d.correctedQuantity(), d.correctedQuantityUnit(), texts.english()), note);
		}
		return texts.get("conv.item.correctedNote", note);
	}

	/**
	 * An amount as people write it, exact to the fen: 382,000.00元 (CNY 382,000.00), or
	 * 1,000.00（外币USD）.
	 */
	static String money(Texts texts, BigDecimal amount, String currency) {
		String plain = Money.grouped(amount);
		return currency == null || currency.equals("CNY") ? texts.get("conv.money.CNY", plain)
				: texts.get("conv.money.other", plain, currency);
	}

	static String status(Texts texts, Item item) {
		return item.status() == null ? texts.get("conv.itemStatus.unsaid")
				: texts.get("conv.itemStatus." + item.status());
	}

	static String checklist(Texts texts, List<Section> sections, List<Item> items) {
		return checklist(texts, sections, items, Map.of());
	}

	static String checklist(Texts texts, List<Section> sections, List<Item> items, Map<Long, List<String>> notes) {
		return checklist(texts, sections, items, notes, Map.of());
	}

	static String checklist(Texts texts, List<Section> sections, List<Item> items, Map<Long, List<String>> notes,
			Map<Long, FirstRecorded> first) {
		StringBuilder out = new StringBuilder();
		for (Section section : sections) {
			if (!out.isEmpty()) {
				out.append("\n\n");
			}
			out.append(texts.get("conv.section.head", section.position(), title(texts, section)));
			List<Item> in = items.stream().filter(i -> i.sectionId() == section.id()).toList();
			if (in.isEmpty()) {
				out.append('\n')
					.append(texts.get(section.declaredEmpty() ? "conv.section.none" : "conv.section.unfilled"));
			}
			for (Item item : in) {
				out.append("\n\n")
					.append(item(texts, item, notes.getOrDefault(item.id(), List.of()),
							first.getOrDefault(item.id(), FirstRecorded.NONE)));
			}
		}
		return out.toString();
	}

	/**
	 * The numbers no longer used, said once under the checklist so a gap in the numbering
	 * is explained (#12 newcomer finding C24): "\n\n（第4、5、6项已删除或撤销，编号不再使用）", or "" when
	 * none was withdrawn.
	 */
	static String withdrawn(Texts texts, List<Item> withdrawn) {
		if (withdrawn.isEmpty()) {
			return "";
		}
		String numbers = texts.list(withdrawn.stream().map(i -> String.valueOf(i.seq())).toList());
		return "\n\n" + texts.get("conv.list.withdrawn", numbers);
	}

	static String title(Texts texts, Section section) {
		return texts.english() && section.titleEn() != null ? section.titleEn() : section.titleZh();
	}

}
