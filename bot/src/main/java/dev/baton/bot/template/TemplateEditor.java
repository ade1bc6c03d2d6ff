package dev.baton.bot.template;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a new version of a checklist template (#17): versions never change once written,
 * so a handover keeps the sections it opened with and the next one opened under a policy
 * naming the template takes the new version. For the administrators over every unit
 * ({@link Action#EDIT_POLICIES}); a template that cannot work is refused with the reason
 * and nothing is written; audited.
 */
@Service
public class TemplateEditor {

	static final int SECTIONS_MAX = 20;

	static final int TITLE_MAX = 128;

	static final int PROMPTS_MAX = 4000;

	static final int PROMPT_LINE_MAX = 200;

	/**
	 * The statuses an item may take when nothing was said: those of
	 * {@code checklist.ItemStatus}.
	 */
	static final Set<String> STATUSES = Set.of("DONE", "IN_PROGRESS", "NOT_STARTED", "ON_HAND");

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	private final TemplateMapper mapper;

	private final Templates templates;

	private final Access access;

	private final AuditLog audit;

	private final TimeSource time;

	TemplateEditor(TemplateMapper mapper, Templates templates, Access access, AuditLog audit, TimeSource time) {
		this.mapper = mapper;
		this.templates = templates;
		this.access = access;
		this.audit = audit;
		this.time = time;
	}

	/** A section as an administrator writes it, in the order it is to be filled. */
	public record SectionDraft(String code, String titleZh, String titleEn, String prompts, boolean economic,
			String defaultStatus) {
	}

	/**
	 * The template's next version (version 1 of a new code); the checks first, then one
	 * version written whole.
	 */
	@Transactional
	public ChecklistTemplate newVersion(Actor actor, String code, String name, List<SectionDraft> sections) {
		access.require(actor, Action.EDIT_POLICIES, Subject.ROOT);
		check(code, name, sections);
		Integer latest = mapper.latestVersion(code);
		int version = latest == null ? 1 : latest + 1;
		TemplateMapper.NewTemplate row = new TemplateMapper.NewTemplate(code, version, name.strip(), time.now());
		mapper.insertTemplate(row);
		int position = 1;
		for (SectionDraft s : sections) {
			mapper.insertSection(row.id, position++, s.code().strip(), s.titleZh().strip(), s.titleEn().strip(),
					prompts(s.prompts()), s.economic(), blankToNull(s.defaultStatus()));
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("template", code);
		detail.put("version", version);
		detail.put("sections", sections.size());
		audit.append(null, actor, "TEMPLATE_VERSION_ADDED", detail);
		return templates.byId(row.id);
	}

	private static void check(String code, String name, List<SectionDraft> sections) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw invalid("template.edit.badCode", String.valueOf(code));
		}
		if (name == null || name.isBlank() || name.strip().length() > TITLE_MAX) {
			throw invalid("template.edit.badName", TITLE_MAX);
		}
		if (sections == null || sections.isEmpty()) {
			throw invalid("template.edit.noSections");
		}
		if (sections.size() > SECTIONS_MAX) {
			throw invalid("template.edit.tooManySections", SECTIONS_MAX);
		}
		Set<String> codes = new HashSet<>();
		int n = 0;
		for (SectionDraft s : sections) {
			n++;
			String sectionCode = s.code() == null ? "" : s.code().strip();
			if (!CODE.matcher(sectionCode).matches()) {
				throw invalid("template.edit.badSectionCode", n, sectionCode);
			}
			if (!codes.add(sectionCode)) {
				throw invalid("template.edit.sameSectionCode", sectionCode);
			}
			if (blank(s.titleZh()) || blank(s.titleEn()) || s.titleZh().strip().length() > TITLE_MAX
					|| s.titleEn().strip().length() > TITLE_MAX) {
				throw invalid("template.edit.badTitle", n, TITLE_MAX);
			}
			String prompts = prompts(s.prompts());
			if (prompts.length() > PROMPTS_MAX || prompts.lines().anyMatch(l -> l.length() > PROMPT_LINE_MAX)) {
				throw invalid("template.edit.promptsTooLong", n, PROMPTS_MAX, PROMPT_LINE_MAX);
			}
			String status = blankToNull(s.defaultStatus());
			if (status != null && !STATUSES.contains(status)) {
				throw invalid("template.edit.badStatus", n, status);
			}
		}
	}

	/** One suggested item a line, without blank lines or trailing spaces. */
	private static String prompts(String prompts) {
		return prompts == null ? ""
				: String.join("\n", prompts.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String blankToNull(String s) {
		return blank(s) ? null : s.strip();
	}

	private static InvalidInputException invalid(String key, Object... arguments) {
		return new InvalidInputException(key, "template refused: " + key, arguments);
	}

}
