package dev.baton.bot.console.admin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.access.Subject;
import dev.baton.bot.broadcast.Broadcast;
import dev.baton.bot.broadcast.BroadcastAdmin;
import dev.baton.bot.broadcast.BroadcastDraft;
import dev.baton.bot.broadcast.BroadcastKind;
import dev.baton.bot.broadcast.BroadcastTarget;
import dev.baton.bot.broadcast.NextRuns;
import dev.baton.bot.broadcast.Schedule;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.directory.UnitNode;
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
 * its schedule in words and its next run times, through the same service as
 * {@code /api/admin/broadcasts}: create, edit, pause and resume (its {@code enabled}),
 * delete. The form asks when in plain choices ({@link Schedule}: every day, every working
 * day, a day of the week or of the month, at a time); a Quartz cron only an administrator
 * writes, under 高级. It offers only the units the reader may use (全部单位 to administrators
 * over every unit), and a refused submission, of who may too, brings the form back as
 * typed with the reason (newcomer 12).
 */
@Controller
class BroadcastsPage {

	static final int RUNS_SHOWN = 3;

	/** Units deeper than this are indented as deep as this. */
	static final int DEPTH_SHOWN = 6;

	private final BroadcastAdmin broadcasts;

	private final NextRuns nextRuns;

	private final Directory directory;

	private final PageTexts texts;

	private final Access access;

	BroadcastsPage(BroadcastAdmin broadcasts, NextRuns nextRuns, Directory directory, PageTexts texts, Access access) {
		this.broadcasts = broadcasts;
		this.nextRuns = nextRuns;
		this.directory = directory;
		this.texts = texts;
		this.access = access;
	}

	/**
	 * A broadcast as the page lists it: its unit's name, when it sends in words, and the
	 * times it will send next.
	 */
	public record Row(Broadcast broadcast, String unitName, String schedule, List<String> nextRuns) {
	}

	@GetMapping("/console/broadcasts")
	String list(Actor actor, Model model) {
		List<Row> rows = broadcasts.list(actor)
			.stream()
			.map(b -> new Row(b, b.unitId() == null ? null : directory.unit(b.unitId()).name(), schedule(b),
					nextRuns.of(b, RUNS_SHOWN).stream().map(texts::time).toList()))
			.toList();
		model.addAttribute("rows", rows);
		if (!model.containsAttribute("form")) {
			Map<Long, String> units = units(actor);
			model.addAttribute("form",
					Form.blank(everyUnit(actor) || units.isEmpty() ? null : units.keySet().iterator().next()));
		}
		return form(actor, model, "console/broadcasts");
	}

	@GetMapping("/console/broadcasts/{id}")
	String edit(Actor actor, @PathVariable long id, Model model) {
		Broadcast b = broadcasts.get(actor, id);
		model.addAttribute("broadcast", b);
		model.addAttribute("runs", nextRuns.of(b, RUNS_SHOWN).stream().map(texts::time).toList());
		model.addAttribute("schedule", schedule(b));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Form.of(b));
		}
		return form(actor, model, "console/broadcast");
	}

	@PostMapping("/console/broadcasts")
	String create(Actor actor, Form form, RedirectAttributes redirect) {
		boolean done = submit(redirect, () -> texts.text("console.broadcasts.created",
				broadcasts.create(actor, form.draft(writesCron(actor), null)).name()));
		if (!done) {
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/console/broadcasts";
	}

	@PostMapping("/console/broadcasts/{id}")
	String update(Actor actor, @PathVariable long id, Form form, RedirectAttributes redirect) {
		Broadcast before = broadcasts.get(actor, id);
		boolean done = submit(redirect, () -> texts.text("console.broadcasts.changed",
				broadcasts.update(actor, id, form.draft(writesCron(actor), before.cron())).name()));
		if (!done) {
			redirect.addFlashAttribute("form", form);
			return "redirect:/console/broadcasts/" + id;
		}
		return "redirect:/console/broadcasts";
	}

	/**
	 * A submission's refusal, of who may too (a unit the reader does not manage): said on
	 * the form, which comes back as typed; true when it was done.
	 */
	private boolean submit(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			return Refusals.act(texts, redirect, action);
		}
		catch (NotPermittedException refused) {
			redirect.addFlashAttribute("refusal", texts.refusal(refused));
			dev.baton.bot.console.TypedForm.keep(redirect);
			return false;
		}
	}

	/** Pause ({@code enabled=false}) or resume: the broadcast as it is but for that. */
	@PostMapping("/console/broadcasts/{id}/enabled")
	String enable(Actor actor, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		Broadcast b = broadcasts.get(actor, id);
		Refusals.act(texts, redirect, () -> {
			Broadcast changed = broadcasts.update(actor, id,
					new BroadcastDraft(b.name(), b.kind(), b.unitId(), b.cron(), b.timeZone(), b.target(),
							b.targetRole(), b.targetDepartment(), b.message(), b.workingDaysOnly(), enabled));
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
		model.addAttribute("everyUnit", everyUnit(actor));
		model.addAttribute("writesCron", writesCron(actor));
		model.addAttribute("repeats", REPEATS);
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("monthDays",
				java.util.stream.IntStream.rangeClosed(1, Schedule.MONTH_DAY_MAX).boxed().toList());
		model.addAttribute("kinds", BroadcastKind.values());
		model.addAttribute("targets", BroadcastTarget.values());
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", Department.values());
		model.addAttribute("fmt", texts);
		return view;
	}

	/** 时间: 高级, the cron field. */
	static final String CRON = "CRON";

	/** The choices of the form's 时间 list: the plain ones, then 高级 (a cron). */
	static final List<String> REPEATS = java.util.stream.Stream
		.concat(java.util.Arrays.stream(Schedule.Repeat.values()).map(Enum::name), java.util.stream.Stream.of(CRON))
		.toList();

	/**
	 * Whether the reader may write a cron: an administrator (anywhere); an organizer
	 * chooses from the plain schedules.
	 */
	static boolean writesCron(Actor actor) {
		return actor.roles().stream().anyMatch(r -> r.role() == Role.ADMIN);
	}

	/** Whether the reader may set a broadcast about every unit (全部单位). */
	private boolean everyUnit(Actor actor) {
		return access.allowed(actor, Action.MANAGE_BROADCASTS, Subject.ROOT, null);
	}

	/**
	 * When a broadcast sends, in words: 每周一 09:00; a cron an administrator wrote as it
	 * is.
	 */
	String schedule(Broadcast b) {
		return Schedule.of(b.cron(), b.workingDaysOnly())
			.map(this::words)
			.orElseGet(() -> texts.text("console.broadcasts.every.CRON", b.cron())
					+ (b.workingDaysOnly() ? texts.text("console.broadcasts.skipRestDays") : ""));
	}

	private String words(Schedule s) {
		String time = s.at().toString();
		String said = switch (s.repeat()) {
			case DAILY, WORKING_DAYS -> texts.text("console.broadcasts.every." + s.repeat(), time);
			case WEEKLY -> texts.text("console.broadcasts.every.WEEKLY",
					texts.text("console.broadcasts.weekday." + s.weekday()), time);
			case MONTHLY -> s.monthDay() == Schedule.LAST_DAY ? texts.text("console.broadcasts.every.LAST_DAY", time)
					: texts.text("console.broadcasts.every.MONTHLY", s.monthDay().toString(), time);
		};
		boolean skips = s.skipRestDays()
				&& (s.repeat() == Schedule.Repeat.WEEKLY || s.repeat() == Schedule.Repeat.MONTHLY);
		return skips ? said + texts.text("console.broadcasts.skipRestDays") : said;
	}

	/**
	 * The units a broadcast of the reader's may be about: those below their organizer or
	 * administrator roles that {@code Access} lets them manage broadcasts of, as the tree
	 * reads top to bottom, each name indented by its depth below the role's unit (an
	 * administrator over every unit: the whole tree, not only the top units; newcomer
	 * 17's lead), as the opening form's unit list is.
	 */
	private Map<Long, String> units(Actor actor) {
		Map<Long, String> units = new LinkedHashMap<>();
		for (RoleAssignment r : actor.roles()) {
			if (r.role() != Role.ADMIN && r.role() != Role.ORGANIZER) {
				continue;
			}
			List<UnitNode> tops = r.root() ? directory.unitTrees() : List.of(directory.unitTree(r.scopeUnitId()));
			tops.forEach(top -> walk(actor, top, 0, units));
		}
		return units;
	}

	private void walk(Actor actor, UnitNode node, int depth, Map<Long, String> into) {
		OrgUnit u = node.unit();
		if (!into.containsKey(u.id())
				&& access.allowed(actor, Action.MANAGE_BROADCASTS, Subject.unit(u.path()), null)) {
			into.put(u.id(), "\u3000".repeat(Math.min(depth, DEPTH_SHOWN)) + u.name());
		}
		node.children()
			.stream()
			.sorted(java.util.Comparator.comparing(c -> c.unit().path()))
			.forEach(c -> walk(actor, c, depth + 1, into));
	}

	/**
	 * The form's fields as typed (a checkbox not ticked is absent: false): when it sends
	 * as {@code repeat} (a {@link Schedule.Repeat}, or {@link #CRON} for an
	 * administrator's cron), {@code weekday}, {@code monthDay} (0: the last day),
	 * {@code time} (hh:mm).
	 */
	public static final class Form {

		private String name;

		private BroadcastKind kind;

		private Long unitId;

		private String repeat;

		private DayOfWeek weekday;

		private Integer monthDay;

		private String time;

		private String cron;

		private String timeZone;

		private BroadcastTarget target;

		private Role targetRole;

		private Department targetDepartment;

		private String message;

		private boolean workingDaysOnly;

		private boolean enabled;

		/**
		 * A new broadcast: the supervision digest to organizers, every Monday at 09:00;
		 * 遇休息日不发送 unticked, so that ticking it is a click that ticks it (newcomer 17
		 * clicked the box already ticked and saved it unticked).
		 */
		static Form blank(Long unitId) {
			Form f = new Form();
			f.kind = BroadcastKind.SUPERVISION_DIGEST;
			f.target = BroadcastTarget.ROLE;
			f.targetRole = Role.ORGANIZER;
			f.unitId = unitId;
			f.repeat = Schedule.Repeat.WEEKLY.name();
			f.weekday = DayOfWeek.MONDAY;
			f.time = "09:00";
			f.workingDaysOnly = false;
			f.enabled = true;
			return f;
		}

		static Form of(Broadcast b) {
			Form f = new Form();
			f.name = b.name();
			f.kind = b.kind();
			f.unitId = b.unitId();
			f.cron = b.cron();
			Schedule.of(b.cron(), b.workingDaysOnly()).ifPresentOrElse(s -> {
				f.repeat = s.repeat().name();
				f.weekday = s.weekday();
				f.monthDay = s.monthDay();
				f.time = s.at().toString();
			}, () -> f.repeat = CRON);
			f.timeZone = b.timeZone();
			f.target = b.target();
			f.targetRole = b.targetRole();
			f.targetDepartment = b.targetDepartment();
			f.message = b.message();
			f.workingDaysOnly = b.workingDaysOnly();
			f.enabled = b.enabled();
			return f;
		}

		/**
		 * The draft the service checks: the schedule chosen turned into its cron; a cron
		 * typed only from an administrator ({@code writesCron}), or kept as it was
		 * ({@code storedCron}, an administrator's on a broadcast an organizer edits).
		 */
		BroadcastDraft draft(boolean writesCron, String storedCron) {
			if (kind == null || target == null) {
				throw new InvalidInputException("console.broadcasts.kindAndTarget", "choose what it sends and to whom");
			}
			String chosenCron;
			boolean workingDays;
			if (CRON.equals(repeat)) {
				chosenCron = cron == null ? null : cron.strip();
				if (!writesCron && (storedCron == null || !storedCron.equals(chosenCron))) {
					throw new InvalidInputException("console.broadcasts.cronForAdmins",
							"only an administrator writes a cron");
				}
				workingDays = workingDaysOnly;
			}
			else {
				Schedule schedule = schedule();
				chosenCron = schedule.cron();
				workingDays = schedule.workingDaysOnly();
			}
			return new BroadcastDraft(name == null ? null : name.strip(), kind, unitId, chosenCron, timeZone, target,
					target == BroadcastTarget.ROLE ? targetRole : null,
					target == BroadcastTarget.ROLE && targetRole == Role.REVIEWER ? targetDepartment : null,
					kind == BroadcastKind.MESSAGE ? message : null, workingDays, enabled);
		}

		private Schedule schedule() {
			Schedule.Repeat chosen = java.util.Arrays.stream(Schedule.Repeat.values())
				.filter(r -> r.name().equals(repeat))
				.findFirst()
				.orElseThrow(
						() -> new InvalidInputException("console.broadcasts.chooseRepeat", "choose when it sends"));
			if (time == null || time.isBlank()) {
				throw new InvalidInputException("console.broadcasts.noTime", "say at what time of day");
			}
			LocalTime at;
			try {
				at = LocalTime.parse(time.strip());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("console.broadcasts.badTime", "not a time of day: " + time,
						String.valueOf(time));
			}
			if (chosen == Schedule.Repeat.WEEKLY && weekday == null) {
				throw new InvalidInputException("console.broadcasts.chooseWeekday", "choose the day of the week");
			}
			if (chosen == Schedule.Repeat.MONTHLY
					&& (monthDay == null || monthDay < Schedule.LAST_DAY || monthDay > Schedule.MONTH_DAY_MAX)) {
				throw new InvalidInputException("console.broadcasts.chooseMonthDay", "choose the day of the month",
						Schedule.MONTH_DAY_MAX);
			}
			return new Schedule(chosen, chosen == Schedule.Repeat.WEEKLY ? weekday : null,
					chosen == Schedule.Repeat.MONTHLY ? monthDay : null, at, workingDaysOnly);
		}

		public String getRepeat() {
			return repeat;
		}

		public void setRepeat(String repeat) {
			this.repeat = repeat;
		}

		public DayOfWeek getWeekday() {
			return weekday;
		}

		public void setWeekday(DayOfWeek weekday) {
			this.weekday = weekday;
		}

		public Integer getMonthDay() {
			return monthDay;
		}

		public void setMonthDay(Integer monthDay) {
			this.monthDay = monthDay;
		}

		public String getTime() {
			return time;
		}

		public void setTime(String time) {
			this.time = time;
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
