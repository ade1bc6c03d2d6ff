package dev.baton.bot.template;

/** A section of a checklist template; {@code prompts} are suggested items, one per line. */
public record TemplateSection(long id, int position, String code, String titleZh, String titleEn, String prompts,
		boolean economic) {
}
