package dev.baton.bot.signoff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.handover.Handover;

/**
 * What of an archived handover may be made public (公开) in the unit's group: who handed
 * over to whom, when it was archived, how many items each section holds (sections
 * declared empty left out) and how many are unfinished. No item's title, amount,
 * counterparty or finding is in it: those go only 1:1 to the people entitled to them.
 */
final class PublicSummary {

	private PublicSummary() {
	}

	static Map<String, Object> of(Handover h, Checklists checklists, LocalDate archivedOn) {
		List<Item> items = checklists.items(h.id());
		Map<String, Object> sections = new LinkedHashMap<>();
		for (Section s : checklists.sections(h.id())) {
			long count = items.stream().filter(i -> i.sectionId() == s.id()).count();
			if (count > 0) {
				sections.put(s.titleZh(), count);
			}
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("archivedOn", archivedOn.toString());
		summary.put("items", items.size());
		summary.put("sections", sections);
		summary.put("unfinished", items.stream().filter(Item::unfinished).count());
		return summary;
	}

}
