package dev.baton.bot.console.directory;

import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.UnitNode;
import dev.baton.bot.directoryadmin.DirectoryAdmin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/directory}: the unit tree the reader may see, and one unit with its
 * officials (searched by part of a name, post or mobile), its name and type, and the
 * units made below it. Every read and change goes through {@link DirectoryAdmin}, as
 * {@code GET/POST/PUT /api/directory/units} do: the same checks, the same audit entries,
 * the same refusals.
 */
@Controller
class UnitsPage {

	static final int OFFICIALS_SHOWN = 100;

	private final DirectoryAdmin directory;

	private final PageTexts texts;

	private final GroupsSection groups;

	private final Access access;

	UnitsPage(DirectoryAdmin directory, PageTexts texts, GroupsSection groups, Access access) {
		this.directory = directory;
		this.texts = texts;
		this.groups = groups;
		this.access = access;
	}

	@GetMapping("/console/directory")
	String tree(Actor actor, Model model) {
		List<UnitNode> trees = directory.tree(actor);
		model.addAttribute("trees", trees);
		// the forms that make, rename or retype units only for those who may (newcomer
		// 21: an organizer was offered them, then refused)
		model.addAttribute("mayManageUnits", trees.stream().anyMatch(t -> mayManage(actor, t)));
		return "console/directory/units";
	}

	private boolean mayManage(Actor actor, UnitNode unit) {
		return access.allowed(actor, Action.MANAGE_UNITS, Subject.unit(unit.unit().path()), null);
	}

	@GetMapping("/console/directory/units/{unitId}")
	String unit(Actor actor, @PathVariable long unitId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean active, Model model) {
		UnitNode unit = directory.unit(actor, unitId);
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > 64) {
			text = text.substring(0, 64);
		}
		List<Official> officials = directory.officials(actor, unitId, text, active, 0, OFFICIALS_SHOWN + 1);
		model.addAttribute("unit", unit);
		model.addAttribute("mayManageUnit", mayManage(actor, unit));
		model.addAttribute("q", text);
		model.addAttribute("active", active);
		model.addAttribute("officials",
				officials.size() > OFFICIALS_SHOWN ? officials.subList(0, OFFICIALS_SHOWN) : officials);
		model.addAttribute("more", officials.size() > OFFICIALS_SHOWN);
		groups.addTo(model, actor, unitId);
		model.addAttribute("fmt", texts);
		return "console/directory/unit";
	}

	/**
	 * A unit below {@code parentId}, or a top unit (root administrators) when none is
	 * given.
	 */
	@PostMapping("/console/directory/units")
	String create(Actor actor, @RequestParam(required = false) Long parentId, @RequestParam String code,
			@RequestParam String name, @RequestParam(required = false) String unitType, RedirectAttributes redirect) {
		long[] created = new long[1];
		Attempts.attempt(redirect, texts,
				() -> created[0] = directory.createUnit(actor, parentId, code, name, unitType).id(),
				"consoleDirectory.unit.created", name == null ? "" : name.strip());
		if (created[0] != 0) {
			return "redirect:/console/directory/units/" + created[0];
		}
		redirect.addFlashAttribute("typed", new Typed(code, name, unitType));
		return parentId == null ? "redirect:/console/directory" : "redirect:/console/directory/units/" + parentId;
	}

	@PostMapping("/console/directory/units/{unitId}/name")
	String rename(Actor actor, @PathVariable long unitId, @RequestParam String name, RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> directory.renameUnit(actor, unitId, name),
				"consoleDirectory.unit.renamed", name.strip());
		return "redirect:/console/directory/units/" + unitId;
	}

	@PostMapping("/console/directory/units/{unitId}/type")
	String setType(Actor actor, @PathVariable long unitId, @RequestParam String unitType, RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> directory.setUnitType(actor, unitId, unitType),
				"consoleDirectory.unit.typeSet");
		return "redirect:/console/directory/units/" + unitId;
	}

	/**
	 * An official added to the unit, as {@code POST /api/directory/officials} adds one.
	 */
	@PostMapping("/console/directory/units/{unitId}/officials")
	String addOfficial(Actor actor, @PathVariable long unitId, @RequestParam String name, @RequestParam String post,
			@RequestParam(required = false) String mobile, RedirectAttributes redirect) {
		long[] added = new long[1];
		Attempts.attempt(redirect, texts,
				() -> added[0] = directory
					.addOfficial(actor, name, post, unitId, mobile == null || mobile.isBlank() ? null : mobile)
					.id(),
				"consoleDirectory.official.added", name.strip());
		if (added[0] != 0) {
			return "redirect:/console/directory/officials/" + added[0];
		}
		redirect.addFlashAttribute("typedOfficial", new TypedOfficial(name, post, mobile));
		return "redirect:/console/directory/units/" + unitId;
	}

	/** What was typed into the form for a new official, kept when it was refused. */
	record TypedOfficial(String name, String post, String mobile) {
	}

	/** What was typed into the form for a new unit, kept when it was refused. */
	record Typed(String code, String name, String unitType) {
	}

}
