package dev.baton.bot.console.opening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.access.Subject;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.directory.UnitNode;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.handover.OpeningPreview;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发起交接 from the console (#17), as chat does it: a form with the unit (with the policy it
 * follows and its checklist period), the departing official, the successor and the
 * reason; then a confirmation page that says what chat's confirmation card says (the
 * policy, the checklist and receipt deadlines the notice would set, who would be told),
 * computed by {@link HandoverService#preview}; only 确认发起 opens it, through
 * {@link HandoverService#open}, the call chat and the REST API make (so the same checks,
 * audit and notices). A refusal (a clash with a running handover, the same person twice,
 * a party from outside the unit, an inactive official, not the reader's unit) brings the
 * form back with the refusal and what was chosen. Only organizers reach it
 * ({@code Access}: OPEN_HANDOVER).
 */
@Controller
class OpeningPage {

	static final String FORM = "console/open";

	static final String CONFIRM = "console/open-confirm";

	private final HandoverService handovers;

	private final Directory directory;

	private final Policies policies;

	private final Access access;

	private final PageTexts texts;

	OpeningPage(HandoverService handovers, Directory directory, Policies policies, Access access, PageTexts texts) {
		this.handovers = handovers;
		this.directory = directory;
		this.policies = policies;
		this.access = access;
		this.texts = texts;
	}

	/**
	 * A unit to choose, indented by its depth, with the policy it follows and that
	 * policy's checklist period.
	 */
	public record UnitChoice(long id, String name, int depth, String policy, String period, String path) {
	}

	/** An official to choose: name · post · unit. */
	public record PersonChoice(long id, String label) {
	}

	/**
	 * One unit's officials on the form, under its name (newcomer 21 #25: every unit's
	 * officials were one list whatever the unit chosen): the page narrows the lists to
	 * the chosen unit and those below it ({@code path}), as opening takes parties.
	 */
	public record PersonGroup(long unitId, String unit, String path, List<PersonChoice> people) {
	}

	/**
	 * What the form holds (null: not chosen), the reason's words as typed (kept when the
	 * form comes back refused).
	 */
	public record Typed(Long unitId, Long departingId, Long successorId, HandoverReason reason, String reasonNote) {

		boolean complete() {
			return unitId != null && departingId != null && successorId != null && reason != null;
		}

		/**
		 * The words go with 其他 only: the field is on the form whatever the reason (it
		 * works without JavaScript), and its hint says it is for 其他, so words left in it
		 * after choosing another reason are not sent (the API refuses them instead).
		 */
		OpenRequest request() {
			return new OpenRequest(unitId, departingId, successorId, reason, null,
					reason == HandoverReason.OTHER ? reasonNote : null);
		}

	}

	/** One line of the confirmation, as chat's card says it. */
	public record Line(String label, String value) {
	}

	@GetMapping("/console/handovers/new")
	String form(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departingId, @RequestParam(required = false) Long successorId,
			@RequestParam(required = false) HandoverReason reason, @RequestParam(required = false) String reasonNote,
			Model model) {
		return form(actor, new Typed(unitId, departingId, successorId, reason, reasonNote), null, model);
	}

	/** The confirmation page, or the form again with the refusal. */
	@PostMapping("/console/handovers/new")
	String confirm(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departingId, @RequestParam(required = false) Long successorId,
			@RequestParam(required = false) HandoverReason reason, @RequestParam(required = false) String reasonNote,
			Model model, HttpServletResponse response) {
		Typed typed = new Typed(unitId, departingId, successorId, reason, reasonNote);
		List<UnitChoice> units = units(actor);
		if (!typed.complete()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(actor, typed, texts.text("console.open.missing"), model);
		}
		OpeningPreview preview;
		try {
			preview = handovers.preview(actor, typed.request());
		}
		catch (NotFoundException gone) {
			throw gone;
		}
		catch (NotPermittedException refused) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return form(actor, typed, texts.refusal(refused), model);
		}
		catch (BatonException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("clash", clash(refused));
			return form(actor, typed, texts.refusal(refused), model);
		}
		model.addAttribute("typed", typed);
		model.addAttribute("lines", lines(preview));
		model.addAttribute("unchecked",
				preview.uncheckedYears().isEmpty() ? null
						: texts.text("conv.org.open.unchecked",
								preview.uncheckedYears()
									.stream()
									.map(String::valueOf)
									.collect(Collectors.joining(texts.text("supervision.nameSep")))));
		model.addAttribute("conflicts", conflicts(preview));
		model.addAttribute("units", units);
		return CONFIRM;
	}

	/** 确认发起: opened as from chat; the record page follows, saying so. */
	@PostMapping("/console/handovers")
	String open(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departingId, @RequestParam(required = false) Long successorId,
			@RequestParam(required = false) HandoverReason reason, @RequestParam(required = false) String reasonNote,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Typed typed = new Typed(unitId, departingId, successorId, reason, reasonNote);
		units(actor); // only organizers
		if (!typed.complete()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(actor, typed, texts.text("console.open.missing"), model);
		}
		Handover h;
		try {
			h = handovers.open(actor, typed.request());
		}
		catch (NotFoundException gone) {
			throw gone;
		}
		catch (NotPermittedException refused) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return form(actor, typed, texts.refusal(refused) + texts.text("console.open.notOpened"), model);
		}
		catch (BatonException refused) {
			// someone was faster (a clash now), or the directory changed since the
			// confirmation
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("clash", clash(refused));
			return form(actor, typed, texts.refusal(refused) + texts.text("console.open.notOpened"), model);
		}
		redirect.addFlashAttribute("done",
				texts.text("console.open.done", h.id(), directory.unit(h.unitId()).name(),
						directory.official(h.departingId()).name(), directory.official(h.successorId()).name(),
						h.checklistDue().toString()));
		return "redirect:/console/handovers/" + h.id();
	}

	private String form(Actor actor, Typed typed, String refusal, Model model) {
		List<UnitChoice> units = units(actor);
		model.addAttribute("units", units);
		model.addAttribute("people", people(actor, units, typed.unitId()));
		model.addAttribute("reasons", HandoverReason.values());
		model.addAttribute("reasonNoteMax", HandoverReason.NOTE_MAX);
		model.addAttribute("typed", typed);
		model.addAttribute("refusal", refusal);
		return FORM;
	}

	/**
	 * The units the reader may open a handover in (their organizer roles' units and those
	 * below, each as {@code Access} allows it), in tree order; refused when there is
	 * none.
	 */
	private List<UnitChoice> units(Actor actor) {
		Map<Long, UnitChoice> found = new LinkedHashMap<>();
		if (Openers.mayOpen(actor)) {
			for (RoleAssignment role : actor.roles()) {
				if (role.role() != Role.ORGANIZER) {
					continue;
				}
				List<UnitNode> tops = role.root() ? directory.unitTrees()
						: List.of(directory.unitTree(role.scopeUnitId()));
				for (UnitNode top : tops) {
					walk(actor, top, 0, found);
				}
			}
		}
		if (found.isEmpty()) {
			throw new NotPermittedException(Action.OPEN_HANDOVER, null);
		}
		return List.copyOf(found.values());
	}

	private void walk(Actor actor, UnitNode node, int depth, Map<Long, UnitChoice> into) {
		if (!into.containsKey(node.unit().id())
				&& access.allowed(actor, Action.OPEN_HANDOVER, Subject.unit(node.unit().path()), null)) {
			HandoverPolicy policy = policies.byCode(node.effectivePolicy());
			Period period = policy.deadline(WaitingStepKind.CHECKLIST);
			into.put(node.unit().id(),
					new UnitChoice(node.unit().id(), node.unit().name(), Math.min(depth, 5), policy.name(),
							texts.text("period." + period.unit().name(), Integer.toString(period.value())),
							node.unit().path()));
		}
		node.children()
			.stream()
			.sorted(java.util.Comparator.comparing(c -> c.unit().path()))
			.forEach(c -> walk(actor, c, depth + 1, into));
	}

	/**
	 * The active officials of those units by unit, in tree order, the reader left out (an
	 * organizer is never a party of their own opening); with a unit chosen, the groups of
	 * that unit and those below it first (the only ones opening takes parties from), so
	 * the form without JavaScript shows them on top; the page's script hides the others.
	 */
	private List<PersonGroup> people(Actor actor, List<UnitChoice> units, Long chosenUnitId) {
		List<PersonGroup> groups = new ArrayList<>();
		java.util.Set<Long> seen = new java.util.HashSet<>();
		for (UnitChoice u : units) {
			List<PersonChoice> people = new ArrayList<>();
			for (Official o : directory.officialsUnder(u.id())) {
				if (o.active() && o.unitId() == u.id() && o.id() != actor.officialId() && seen.add(o.id())) {
					people
						.add(new PersonChoice(o.id(), texts.text("console.open.person", o.name(), o.post(), u.name())));
				}
			}
			if (!people.isEmpty()) {
				groups.add(new PersonGroup(u.id(), u.name(), u.path(), people));
			}
		}
		String chosen = units.stream()
			.filter(u -> chosenUnitId != null && u.id() == chosenUnitId)
			.map(UnitChoice::path)
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			return groups;
		}
		List<PersonGroup> ordered = new ArrayList<>(groups.stream().filter(g -> g.path().startsWith(chosen)).toList());
		groups.stream().filter(g -> !g.path().startsWith(chosen)).forEach(ordered::add);
		return ordered;
	}

	/**
	 * The running handover a refusal names when the pair clashes with it (its id the
	 * refusal's last argument), for the links to its record and its 取消; null otherwise.
	 */
	static Long clash(BatonException refused) {
		if (!CLASHES.contains(refused.messageKey())) {
			return null;
		}
		Object[] args = refused.arguments();
		return Long.valueOf(String.valueOf(args[args.length - 1]));
	}

	private static final java.util.Set<String> CLASHES = java.util.Set.of("handover.alreadyOpen",
			"handover.swappedOpen");

	/**
	 * A party who also reviews, as chat's card says it (the rule and its words are
	 * {@link OpeningPreview#partyReviewers}): with the department's other reviewers, or
	 * that one must be added first.
	 */
	private List<String> conflicts(OpeningPreview p) {
		return p.partyReviewers().stream().map(c -> c.sayOnConsole(texts::text)).toList();
	}

	/** The lines of chat's confirmation card (conv.org.open.card), one by one. */
	private List<Line> lines(OpeningPreview p) {
		String reviewers = p.jointReviewers(texts::text, texts.text("supervision.nameSep"),
				texts.text("console.open.listSep"));
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(texts.text("console.open.line.unit"), p.unit().name()));
		lines.add(new Line(texts.text("console.open.line.departing"),
				texts.text("conv.org.open.party", p.departing().name(), p.departing().post())));
		lines.add(new Line(texts.text("console.open.line.successor"),
				texts.text("conv.org.open.party", p.successor().name(), p.successor().post())));
		lines.add(new Line(texts.text("console.open.line.reason"), p.reason().say(p.reasonNote(), texts::text)));
		lines.add(new Line(texts.text("console.open.line.policy"), p.policy().name()));
		lines.add(new Line(texts.text("console.open.line.checklist"), texts.text("console.open.checklistDue",
				p.checklistDue().toString(),
				texts.text("conv.org.period." + p.checklistPeriod().unit().name(), p.checklistPeriod().value()))));
		lines.add(new Line(texts.text("console.open.line.receipt"),
				texts.text("console.open.receiptDue", p.receiptDue().toString())));
		lines.add(new Line(texts.text("console.open.line.notified"),
				texts.text("conv.org.open.notified", p.departing().name(), p.successor().name(), reviewers)));
		return lines;
	}

}
