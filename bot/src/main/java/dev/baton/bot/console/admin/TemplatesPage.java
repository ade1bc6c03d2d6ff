package dev.baton.bot.console.admin;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.template.ChecklistTemplate;
import dev.baton.bot.template.TemplateEditor;
import dev.baton.bot.template.TemplateSection;
import dev.baton.bot.template.Templates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/templates/{code}}: a checklist template's newest version, section by
 * section (for those who read the policies), and for an administrator over every unit a
 * form that writes its next version through the same service as {@code PUT
 * /api/templates/{code}}; one that cannot work is refused with the reason, the form kept.
 */
@Controller
class TemplatesPage {

	/** Blank rows offered to add sections. */
	static final int NEW_ROWS = 1;

	private final Templates templates;

	private final TemplateEditor editor;

	private final Access access;

	private final PageTexts texts;

	TemplatesPage(Templates templates, TemplateEditor editor, Access access, PageTexts texts) {
		this.templates = templates;
		this.editor = editor;
		this.access = access;
		this.texts = texts;
	}

	@GetMapping("/console/templates/{code}")
	String one(Actor actor, @PathVariable String code, Model model) {
		access.require(actor, Action.VIEW_POLICIES, Subject.ROOT);
		ChecklistTemplate template = templates.latest(code);
		model.addAttribute("template", template);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Form.of(template));
		}
		model.addAttribute("mayEdit", access.allowed(actor, Action.EDIT_POLICIES, Subject.ROOT, null));
		model.addAttribute("statuses", List.of("ON_HAND", "DONE", "IN_PROGRESS", "NOT_STARTED"));
		return "console/template";
	}

	@PostMapping("/console/templates/{code}")
	String save(Actor actor, @PathVariable String code, Form form, RedirectAttributes redirect) {
		access.require(actor, Action.EDIT_POLICIES, Subject.ROOT);
		templates.latest(code);
		boolean done = Refusals.act(texts, redirect, () -> {
			ChecklistTemplate saved = editor.newVersion(actor, code, form.getName(), form.drafts());
			return texts.text("console.templates.saved", saved.name(), saved.version());
		});
		if (!done) {
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/console/templates/" + code;
	}

	/**
	 * The template form: its name and its sections in order, a row ticked {@code remove}
	 * left out.
	 */
	public static final class Form {

		private String name;

		private List<Row> sections = new ArrayList<>();

		static Form of(ChecklistTemplate t) {
			Form f = new Form();
			f.name = t.name();
			for (TemplateSection s : t.sections()) {
				Row row = new Row();
				row.setCode(s.code());
				row.setTitleZh(s.titleZh());
				row.setTitleEn(s.titleEn());
				row.setPrompts(s.prompts());
				row.setEconomic(s.economic());
				row.setDefaultStatus(s.defaultStatus());
				f.sections.add(row);
			}
			for (int i = 0; i < NEW_ROWS; i++) {
				f.sections.add(new Row());
			}
			return f;
		}

		List<TemplateEditor.SectionDraft> drafts() {
			return sections.stream()
				.filter(r -> !r.isRemove() && !r.blank())
				.map(r -> new TemplateEditor.SectionDraft(r.getCode(), r.getTitleZh(), r.getTitleEn(), r.getPrompts(),
						r.isEconomic(), r.getDefaultStatus()))
				.toList();
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public List<Row> getSections() {
			return sections;
		}

		public void setSections(List<Row> sections) {
			this.sections = sections;
		}

	}

	/** One section's row of the form. */
	public static final class Row {

		private String code;

		private String titleZh;

		private String titleEn;

		private String prompts;

		private boolean economic;

		private String defaultStatus;

		private boolean remove;

		boolean blank() {
			return isBlank(code) && isBlank(titleZh) && isBlank(titleEn) && isBlank(prompts);
		}

		private static boolean isBlank(String s) {
			return s == null || s.isBlank();
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getTitleZh() {
			return titleZh;
		}

		public void setTitleZh(String titleZh) {
			this.titleZh = titleZh;
		}

		public String getTitleEn() {
			return titleEn;
		}

		public void setTitleEn(String titleEn) {
			this.titleEn = titleEn;
		}

		public String getPrompts() {
			return prompts;
		}

		public void setPrompts(String prompts) {
			this.prompts = prompts;
		}

		public boolean isEconomic() {
			return economic;
		}

		public void setEconomic(boolean economic) {
			this.economic = economic;
		}

		public String getDefaultStatus() {
			return defaultStatus;
		}

		public void setDefaultStatus(String defaultStatus) {
			this.defaultStatus = defaultStatus;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
