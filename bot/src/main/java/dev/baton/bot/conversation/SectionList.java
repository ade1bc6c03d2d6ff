package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.checklist.Section;

/**
 * The parts of a checklist, one a line (第4部分 巡视巡察整改), for a reply that asks which part
 * was meant.
 */
final class SectionList {

	private SectionList() {
	}

	static String of(Texts t, List<Section> sections) {
		return String.join("\n",
				sections.stream()
					.map(s -> t.get("conv.move.sectionLine", s.position(), ItemLines.title(t, s)))
					.toList());
	}

}
