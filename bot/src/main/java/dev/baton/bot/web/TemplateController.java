package dev.baton.bot.web;

import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.template.ChecklistTemplate;
import dev.baton.bot.template.TemplateEditor;
import dev.baton.bot.template.Templates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checklist templates (#17): the newest version of each (for those who may read the
 * policies), and a new version written by an administrator over every unit; handovers
 * keep the version they opened with.
 */
@RestController
@RequestMapping("/api/templates")
class TemplateController {

	private final Templates templates;

	private final TemplateEditor editor;

	private final Access access;

	TemplateController(Templates templates, TemplateEditor editor, Access access) {
		this.templates = templates;
		this.editor = editor;
		this.access = access;
	}

	@GetMapping
	List<ChecklistTemplate> list(Actor actor) {
		access.require(actor, Action.VIEW_POLICIES, Subject.ROOT);
		return templates.latestOfEach();
	}

	@GetMapping("/{code}")
	ChecklistTemplate latest(Actor actor, @PathVariable String code) {
		access.require(actor, Action.VIEW_POLICIES, Subject.ROOT);
		return templates.latest(code);
	}

	/**
	 * The template's next version (version 1 of a new code): 200 with it; 400
	 * {@code template.edit.*} with why not.
	 */
	@PutMapping("/{code}")
	ChecklistTemplate newVersion(Actor actor, @PathVariable String code, @Valid @RequestBody TemplateBody body) {
		return editor.newVersion(actor, code, body.name(),
				body.sections()
					.stream()
					.map(s -> new TemplateEditor.SectionDraft(s.code(), s.titleZh(), s.titleEn(), s.prompts(),
							s.economic(), s.defaultStatus()))
					.toList());
	}

	record TemplateBody(@NotBlank @Size(max = 128) String name,
			@NotNull @Size(max = 20) List<@Valid SectionBody> sections) {
	}

	record SectionBody(@NotBlank String code, @NotBlank String titleZh, @NotBlank String titleEn, String prompts,
			boolean economic, String defaultStatus) {
	}

}
