package dev.baton.bot.console.admin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.directory.Department;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.policy.CopyRecipient;
import dev.baton.bot.policy.DeadlineUnit;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.PolicyCatalog;
import dev.baton.bot.policy.PolicyEditor;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.template.Templates;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/policies}: the handover policies and checklist templates (organizers
 * and administrators read them, as {@code GET /api/policies}); one policy's page shows
 * what it sets and, for an administrator over every unit, a form to change it through the
 * same service as {@code PUT /api/policies/{code}}: a policy that cannot work is refused
 * with the reason, the form kept as typed.
 */
@Controller
class PoliciesPage {

	/** The deadlines a policy sets, in the order of the process. */
	static final List<WaitingStepKind> STEPS = java.util.Arrays.stream(WaitingStepKind.values())
		.filter(k -> k != WaitingStepKind.FOLLOW_UP_STEP)
		.toList();

	private final PolicyCatalog catalog;

	private final PolicyEditor editor;

	private final Policies policies;

	private final Templates templates;

	private final Access access;

	private final PageTexts texts;

	PoliciesPage(PolicyCatalog catalog, PolicyEditor editor, Policies policies, Templates templates, Access access,
			PageTexts texts) {
		this.catalog = catalog;
		this.editor = editor;
		this.policies = policies;
		this.templates = templates;
		this.access = access;
		this.texts = texts;
	}

	@GetMapping("/console/policies")
	String list(Actor actor, Model model) {
		model.addAttribute("policies", catalog.list(actor));
		model.addAttribute("templates", templates.latestOfEach());
		model.addAttribute("templateNames", templateNames());
		model.addAttribute("mayEdit", access.allowed(actor, Action.EDIT_POLICIES, Subject.ROOT, null));
		return "console/policies";
	}

	@GetMapping("/console/policies/{code}")
	String one(Actor actor, @PathVariable String code, Model model) {
		HandoverPolicy policy = catalog.one(actor, code);
		model.addAttribute("policy", policy);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Form.of(policy));
		}
		model.addAttribute("mayEdit", access.allowed(actor, Action.EDIT_POLICIES, Subject.ROOT, null));
		model.addAttribute("steps", STEPS);
		model.addAttribute("units", DeadlineUnit.values());
		model.addAttribute("departments", Department.values());
		model.addAttribute("signerRoles", SignerRole.values());
		model.addAttribute("copyRecipients", CopyRecipient.values());
		model.addAttribute("templateCodes", templates.latestOfEach().stream().map(t -> t.code()).toList());
		model.addAttribute("templateNames", templateNames());
		model.addAttribute("escalationCodes", policies.escalationCodes());
		model.addAttribute("escalationNames", policies.escalationNames());
		return "console/policy";
	}

	/** Each template's name by its code: the pages name templates, not codes. */
	private Map<String, String> templateNames() {
		Map<String, String> names = new LinkedHashMap<>();
		templates.latestOfEach().forEach(t -> names.put(t.code(), t.name()));
		return names;
	}

	@PostMapping("/console/policies/{code}")
	String save(Actor actor, @PathVariable String code, Form form, RedirectAttributes redirect) {
		access.require(actor, Action.EDIT_POLICIES, Subject.ROOT);
		catalog.one(actor, code);
		boolean done = Refusals.act(texts, redirect,
				() -> texts.text("console.policies.saved", editor.save(actor, code, form.draft()).name()));
		if (!done) {
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/console/policies/" + code;
	}

	/** The policy form as typed; a box not ticked is absent. */
	public static final class Form {

		private String name;

		private String templateCode;

		private String escalationCode;

		private String note;

		private boolean publicity;

		private Integer checkInMonths;

		private Integer followUpYears;

		private Map<WaitingStepKind, Integer> days = new EnumMap<>(WaitingStepKind.class);

		private Map<WaitingStepKind, DeadlineUnit> dayUnits = new EnumMap<>(WaitingStepKind.class);

		private Integer maxDays;

		private DeadlineUnit maxUnit;

		private List<Department> reviewers = new ArrayList<>();

		private Department disputeRuler;

		private List<SignerRole> signers = new ArrayList<>();

		private List<CopyRecipient> copies = new ArrayList<>();

		static Form of(HandoverPolicy p) {
			Form f = new Form();
			f.name = p.name();
			f.templateCode = p.templateCode();
			f.escalationCode = p.escalationCode();
			f.note = p.note();
			f.publicity = p.publicity();
			f.checkInMonths = p.checkInMonths();
			f.followUpYears = p.followUpYears();
			for (WaitingStepKind kind : STEPS) {
				Period period = p.deadlines().get(kind);
				if (period != null) {
					f.days.put(kind, period.value());
					f.dayUnits.put(kind, period.unit());
				}
			}
			f.maxDays = p.maxExtension() == null ? null : p.maxExtension().value();
			f.maxUnit = p.maxExtension() == null ? null : p.maxExtension().unit();
			f.reviewers = new ArrayList<>(p.reviewers());
			f.disputeRuler = p.disputeRuler();
			f.signers = new ArrayList<>(p.signers());
			f.copies = new ArrayList<>(p.copies());
			return f;
		}

		PolicyEditor.Draft draft() {
			Map<WaitingStepKind, Period> deadlines = new EnumMap<>(WaitingStepKind.class);
			for (WaitingStepKind kind : STEPS) {
				deadlines.put(kind, period(days.get(kind), dayUnits.get(kind), "label." + kind));
			}
			if (checkInMonths == null || followUpYears == null) {
				throw new InvalidInputException("policy.edit.followUp", "say the check-in months and follow-up years");
			}
			return new PolicyEditor.Draft(name, templateCode, deadlines, reviewers, disputeRuler, signers, copies,
					publicity, period(maxDays, maxUnit, "console.policies.maxExtension"), checkInMonths, followUpYears,
					escalationCode, note);
		}

		private static Period period(Integer value, DeadlineUnit unit, String labelKey) {
			if (value == null || value < 1 || value > 366 || unit == null) {
				throw new InvalidInputException("policy.edit.badPeriod", "a period is 1 to 366 days with its unit",
						new DefaultMessageSourceResolvable(new String[] { labelKey }, labelKey));
			}
			return new Period(value, unit);
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getTemplateCode() {
			return templateCode;
		}

		public void setTemplateCode(String templateCode) {
			this.templateCode = templateCode;
		}

		public String getEscalationCode() {
			return escalationCode;
		}

		public void setEscalationCode(String escalationCode) {
			this.escalationCode = escalationCode;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public boolean isPublicity() {
			return publicity;
		}

		public void setPublicity(boolean publicity) {
			this.publicity = publicity;
		}

		public Integer getCheckInMonths() {
			return checkInMonths;
		}

		public void setCheckInMonths(Integer checkInMonths) {
			this.checkInMonths = checkInMonths;
		}

		public Integer getFollowUpYears() {
			return followUpYears;
		}

		public void setFollowUpYears(Integer followUpYears) {
			this.followUpYears = followUpYears;
		}

		public Map<WaitingStepKind, Integer> getDays() {
			return days;
		}

		public void setDays(Map<WaitingStepKind, Integer> days) {
			this.days = days;
		}

		public Map<WaitingStepKind, DeadlineUnit> getDayUnits() {
			return dayUnits;
		}

		public void setDayUnits(Map<WaitingStepKind, DeadlineUnit> dayUnits) {
			this.dayUnits = dayUnits;
		}

		public Integer getMaxDays() {
			return maxDays;
		}

		public void setMaxDays(Integer maxDays) {
			this.maxDays = maxDays;
		}

		public DeadlineUnit getMaxUnit() {
			return maxUnit;
		}

		public void setMaxUnit(DeadlineUnit maxUnit) {
			this.maxUnit = maxUnit;
		}

		public List<Department> getReviewers() {
			return reviewers;
		}

		public void setReviewers(List<Department> reviewers) {
			this.reviewers = reviewers;
		}

		public Department getDisputeRuler() {
			return disputeRuler;
		}

		public void setDisputeRuler(Department disputeRuler) {
			this.disputeRuler = disputeRuler;
		}

		public List<SignerRole> getSigners() {
			return signers;
		}

		public void setSigners(List<SignerRole> signers) {
			this.signers = signers;
		}

		public List<CopyRecipient> getCopies() {
			return copies;
		}

		public void setCopies(List<CopyRecipient> copies) {
			this.copies = copies;
		}

	}

}
