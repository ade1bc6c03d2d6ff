package dev.baton.bot.template;

/**
 * A section of a checklist template; {@code prompts} are suggested items, one per line;
 * {@code defaultStatus} is the status code an item of it takes when nothing was said
 * (ON_HAND for facts on hand such as 家底), or null to ask.
 */
public record TemplateSection(long id, int position, String code, String titleZh, String titleEn, String prompts,
		boolean economic, String defaultStatus) {
}
