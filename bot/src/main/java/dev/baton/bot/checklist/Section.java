package dev.baton.bot.checklist;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A section of a handover's checklist, copied from its template when the handover opened.
 * {@code defaultStatus} is the status of an item of it when nothing was said (家底 → 现状);
 * null means the bot asks.
 */
public record Section(long id, long handoverId, int position, String code, String titleZh, String titleEn,
		String prompts, boolean economic, boolean declaredEmpty,
		@JsonInclude(JsonInclude.Include.NON_NULL) ItemStatus defaultStatus) {
}
