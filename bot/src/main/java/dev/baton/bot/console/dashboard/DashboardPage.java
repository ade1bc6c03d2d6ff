package dev.baton.bot.console.dashboard;

import dev.baton.bot.access.Actor;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/dashboard}: the 督办 page of the signed-in official's scopes, with the
 * filters of the API ({@code
 * state}, {@code unitId}, {@code grade}, {@code flag}, {@code name}) and a printable view
 * ({@code print=true}: no filters or navigation, for paper; the page prints cleanly as it
 * is too).
 */
@Controller
class DashboardPage {

	private final Dashboard dashboard;

	private final PageTexts texts;

	DashboardPage(Dashboard dashboard, PageTexts texts) {
		this.dashboard = dashboard;
		this.texts = texts;
	}

	@GetMapping("/console/dashboard")
	String dashboard(Actor actor, @RequestParam(required = false) HandoverState state,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) Grade grade,
			@RequestParam(required = false) DisciplineFlag flag, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "false") boolean print, Model model) {
		DashboardQuery query = new DashboardQuery(state, unitId, grade, flag, name);
		DashboardView view;
		try {
			view = dashboard.view(actor, query);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("refusal", texts.refusal(ex));
			view = dashboard.view(actor, new DashboardQuery(state, unitId, grade, flag, null));
		}
		model.addAttribute("view", view);
		model.addAttribute("print", print);
		model.addAttribute("fmt", texts);
		model.addAttribute("states", HandoverState.values());
		model.addAttribute("grades", Grade.values());
		model.addAttribute("flags", DisciplineFlag.values());
		model.addAttribute("mayOpen", dev.baton.bot.console.opening.Openers.mayOpen(actor));
		return "console/dashboard";
	}

}
