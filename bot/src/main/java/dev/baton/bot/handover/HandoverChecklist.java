package dev.baton.bot.handover;

import dev.baton.bot.template.ChecklistTemplate;

/**
 * What opening a handover and changing its successor need of its checklist. The checklist
 * feature builds on the handover and implements this ({@code checklist.Checklists}), so
 * the handover does not depend on it back.
 */
public interface HandoverChecklist {

	/**
	 * Copies the template's sections into a new handover (its snapshot of the template).
	 */
	void createSections(long handoverId, ChecklistTemplate template);

	/**
	 * How many of the handover's items the successor has confirmed or disputed already.
	 */
	long confirmationsBegun(long handoverId);

}
