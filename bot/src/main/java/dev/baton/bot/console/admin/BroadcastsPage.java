package dev.baton.bot.console.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.broadcast.Broadcast;
import dev.baton.bot.broadcast.BroadcastAdmin;
import dev.baton.bot.broadcast.BroadcastDraft;
import dev.baton.bot.broadcast.BroadcastKind;
import dev.baton.bot.broadcast.BroadcastTarget;
import dev.baton.bot.broadcast.NextRuns;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/broadcasts}: the scheduled broadcasts the reader may manage, each with
 * its next run times, through the same service as {@code /api/admin/broadcasts}: create,
 * edit, pause and resume (its {@code enabled}), delete.
 */
@Controller
class BroadcastsPage {

	static final int RUNS_SHOWN = 3;

	/** The most units the form's list offers. */
	static final int UNITS_MAX = 500;

	private final BroadcastAdmin broadcasts;

	private final NextRuns nextRuns;

	private final Directory directory;

	private final PageTexts texts;

	BroadcastsPage(BroadcastAdmin broadcasts, NextRuns nextRuns, Directory directory, PageTexts texts) {
		this.broadcasts = broadcasts;
		this.nextRuns = nextRuns;
		this.directory = directory;
		this.texts = texts;
	}

	/**
	 * A broadcast as the page lists it: its unit's name and the times it will send next.
	 */
	public record Row(Broadcast broadcast, String unitName, List<String> nextRuns) {
	}

	@GetMapping("/console/broadcasts")
	String list(Actor actor, Model model) {
		List<Row> rows = broadcasts.list(actor)
			.stream()
			.map(b -> new Row(b, b.unitId() == null ? null : directory.unit(b.unitId()).name(),
					nextRuns.of(b, RUNS_SHOWN).stream().map(texts::time).toList()))
			.toList();
		model.addAttribute("rows", rows);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Form.blank());
		}
		return form(actor, model, "console/broadcasts");
	}

	@GetMapping("/console/broadcasts/{id}")
	String edit(Actor actor, @PathVariable long id, Model model) {
		Broadcast b = broadcasts.get(actor, id);
		model.addAttribute("broadcast", b);
		model.addAttribute("runs", nextRuns.of(b, RUNS_SHOWN).stream().map(texts::time).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Form.of(b));
		}
		return form(actor, model, "console/broadcast");
	}

	@PostMapping("/console/broadcasts")
	String create(Actor actor, Form form, RedirectAttributes redirect) {
		boolean done = Refusals.act(texts, redirect,
				() -> texts.text("console.broadcasts.created", broadcasts.create(actor, form.draft()).name()));
		if (!done) {
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/console/broadcasts";
	}

	@PostMapping("/console/broadcasts/{id}")
	String update(Actor actor, @PathVariable long id, Form form, RedirectAttributes redirect) {
		broadcasts.get(actor, id);
		boolean done = Refusals.act(texts, redirect,
				() -> texts.text("console.broadcasts.changed", broadcasts.update(actor, id, form.draft()).name()));
		if (!done) {
			redirect.addFlashAttribute("form", form);
			return "redirect:/console/broadcasts/" + id;
		}
		return "redirect:/console/broadcasts";
	}

	/** Pause ({@code enabled=false}) or resume: the broadcast as it is but for that. */
	@PostMapping("/console/broadcasts/{id}/enabled")
	String enable(Actor actor, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		Broadcast b = broadcasts.get(actor, id);
		Refusals.act(texts, redirect, () -> {
			Form form = Form.of(b);
			form.setEnabled(enabled);
			Broadcast changed = broadcasts.update(actor, id, form.draft());
			return texts.text(enabled ? "console.broadcasts.resumed" : "console.broadcasts.paused", changed.name());
		});
		return "redirect:/console/broadcasts";
	}

	@PostMapping("/console/broadcasts/{id}/delete")
	String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		Broadcast b = broadcasts.get(actor, id);
		Refusals.act(texts, redirect, () -> {
			broadcasts.delete(actor, id);
			return texts.text("console.broadcasts.deleted", b.name());
		});
		return "redirect:/console/broadcasts";
	}

	private String form(Actor actor, Model model, String view) {
		model.addAttribute("units", units(actor));
		model.addAttribute("kinds", BroadcastKind.values());
		model.addAttribute("targets", BroadcastTarget.values());
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", Department.values());
		model.addAttribute("fmt", texts);
		return view;
	}

	/**
	 * The units a broadcast of the reader's may be about: those below their organizer or
	 * administrator roles.
	 */
	private Map<Long, String> units(Actor actor) {
		Map<Long, String> units = new LinkedHashMap<>();
		for (RoleAssignment r : actor.roles()) {
			if (r.role() != Role.ADMIN && r.role() != Role.ORGANIZER) {
				continue;
			}
			List<OrgUnit> scope = r.scopeUnitId() == null ? directory.topUnits()
					: directory.unitsUnder(r.scopeUnitId());
			for (OrgUnit u : scope) {
				if (units.size() >= UNITS_MAX) {
					return units;
				}
				int depth = (int) u.path().chars().filter(c -> c == '/').count() - 2;
				units.putIfAbsent(u.id(), "\u3000".repeat(Math.max(0, Math.min(depth, 6))) + u.name());
			}
		}
		return units;
	}

	/** The form's fields as typed (a checkbox not ticked is absent: false). */
	public static final class Form {

		private String name;

		private BroadcastKind kind;

		private Long unitId;

		private String cron;

		private String timeZone;

		private BroadcastTarget target;

		private Role targetRole;

		private Department targetDepartment;

		private String message;

		private boolean workingDaysOnly;

		private boolean enabled;

		static Form blank() {
			Form f = new Form();
			f.kind = BroadcastKind.SUPERVISION_DIGEST;
			f.target = BroadcastTarget.ROLE;
			f.targetRole = Role.ORGANIZER;
			f.cron = "0 0 9 ? * MON";
			f.workingDaysOnly = true;
			f.enabled = true;
			return f;
		}

		static Form of(Broadcast b) {
			Form f = new Form();
			f.name = b.name();
			f.kind = b.kind();
			f.unitId = b.unitId();
			f.cron = b.cron();
			f.timeZone = b.timeZone();
			f.target = b.target();
			f.targetRole = b.targetRole();
			f.targetDepartment = b.targetDepartment();
			f.message = b.message();
			f.workingDaysOnly = b.workingDaysOnly();
			f.enabled = b.enabled();
			return f;
		}

		BroadcastDraft draft() {
			if (kind == null || target == null) {
				throw new InvalidInputException("console.broadcasts.kindAndTarget", "choose what it sends and to whom");
			}
			return new BroadcastDraft(name == null ? null : name.strip(), kind, unitId,
					cron == null ? null : cron.strip(), timeZone, target,
					target == BroadcastTarget.ROLE ? targetRole : null,
					target == BroadcastTarget.ROLE && targetRole == Role.REVIEWER ? targetDepartment : null,
					kind == BroadcastKind.MESSAGE ? message : null, workingDaysOnly, enabled);
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public BroadcastKind getKind() {
			return kind;
		}

		public void setKind(BroadcastKind kind) {
			this.kind = kind;
		}

		public Long getUnitId() {
			return unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

		public String getCron() {
			return cron;
		}

		public void setCron(String cron) {
			this.cron = cron;
		}

		public String getTimeZone() {
			return timeZone;
		}

		public void setTimeZone(String timeZone) {
			this.timeZone = timeZone;
		}

		public BroadcastTarget getTarget() {
			return target;
		}

		public void setTarget(BroadcastTarget target) {
			this.target = target;
		}

		public Role getTargetRole() {
			return targetRole;
		}

		public void setTargetRole(Role targetRole) {
			this.targetRole = targetRole;
		}

		public Department getTargetDepartment() {
			return targetDepartment;
		}

		public void setTargetDepartment(Department targetDepartment) {
			this.targetDepartment = targetDepartment;
		}

		public String getMessage() {
			return message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

		public boolean isWorkingDaysOnly() {
			return workingDaysOnly;
		}

		public void setWorkingDaysOnly(boolean workingDaysOnly) {
			this.workingDaysOnly = workingDaysOnly;
		}

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
