package dev.baton.bot.template;

import java.util.List;

/**
 * One version of a checklist template; versions never change once written, so handovers
 * can point at them.
 */
public record ChecklistTemplate(long id, String code, int version, String name, List<TemplateSection> sections) {
}
