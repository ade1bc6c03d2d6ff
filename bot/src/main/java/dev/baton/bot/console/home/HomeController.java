package dev.baton.bot.console.home;

import dev.baton.bot.access.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /console}: the console's home page, behind sign-in. A page controller takes the signed-in official as an
 * {@link Actor} parameter (with the roles they hold now) and checks {@code Access} with it before it reads anything,
 * exactly as chat and the REST API do; a refusal ({@code NotPermittedException}) becomes a 403 page saying who may.
 */
@Controller
class HomeController {

	@GetMapping({ "/console", "/console/" })
	String home(Actor actor, Model model) {
		model.addAttribute("actor", actor);
		return "console/home";
	}

}
