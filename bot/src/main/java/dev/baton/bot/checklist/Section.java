package dev.baton.bot.checklist;

/** A section of a handover's checklist, copied from its template when the handover opened. */
public record Section(long id, long handoverId, int position, String code, String titleZh, String titleEn,
		String prompts, boolean economic, boolean declaredEmpty) {
}
