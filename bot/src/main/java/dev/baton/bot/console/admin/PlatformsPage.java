package dev.baton.bot.console.admin;

import dev.baton.bot.access.Actor;
import dev.baton.bot.platform.SetupCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /console/platforms}: the platform self-check as a page, run each time the page
 * is opened (fetching a token and a harmless read send nothing to anyone), through the
 * same service as {@code GET /api/admin/platforms/check}: for administrators over every
 * unit.
 */
@Controller
class PlatformsPage {

	private final SetupCheck check;

	PlatformsPage(SetupCheck check) {
		this.check = check;
	}

	@GetMapping("/console/platforms")
	String page(Actor actor, Model model) {
		model.addAttribute("results", check.run(actor));
		return "console/platforms";
	}

}
