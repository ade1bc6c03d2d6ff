package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Section;

/** Items and sections as chat lines; one item is one block (split between blocks, never inside one). */
final class ItemLines {

	private ItemLines() {
	}

	static String item(Texts texts, Item item) {
		StringBuilder out = new StringBuilder(texts.get("conv.item.head", item.seq(), item.title()));
		if (item.details() != null && !item.details().isBlank()) {
			out.append('\n').append(item.details());
		}
		out.append('\n').append(texts.get("conv.item.status", texts.get("conv.itemStatus." + item.status())));
		if (item.amount() != null) {
			out.append('\n').append(texts.get("conv.item.amount", item.amount().toPlainString(), item.currency()));
		}
		if (item.deadline() != null) {
			out.append('\n').append(texts.get("conv.item.deadline", item.deadline().toString()));
		}
		if (item.responsible() != null && !item.responsible().isBlank()) {
			out.append('\n').append(texts.get("conv.item.responsible", item.responsible()));
		}
		out.append('\n').append(texts.get("conv.confirmation." + item.confirmation()));
		return out.toString();
	}

	static String checklist(Texts texts, List<Section> sections, List<Item> items) {
		StringBuilder out = new StringBuilder();
		for (Section section : sections) {
			if (!out.isEmpty()) {
				out.append("\n\n");
			}
			out.append(texts.get("conv.section.head", section.position(), title(texts, section)));
			List<Item> in = items.stream().filter(i -> i.sectionId() == section.id()).toList();
			if (in.isEmpty()) {
				out.append('\n').append(texts.get(section.declaredEmpty() ? "conv.section.none" : "conv.section.unfilled"));
			}
			for (Item item : in) {
				out.append("\n\n").append(item(texts, item));
			}
		}
		return out.toString();
	}

	static String title(Texts texts, Section section) {
		return texts.english() && section.titleEn() != null ? section.titleEn() : section.titleZh();
	}

}
