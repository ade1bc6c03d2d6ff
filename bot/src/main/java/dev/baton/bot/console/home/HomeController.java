package dev.baton.bot.console.home;

import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.directory.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /console}: the console's home page, behind sign-in. A page controller takes the
 * signed-in official as an {@link Actor} parameter (with the roles they hold now) and
 * checks {@code Access} with it before it reads anything, exactly as chat and the REST
 * API do; a refusal ({@code NotPermittedException}) becomes a 403 page saying who may.
 * Each role is said with the unit it covers by name (never the unit's path code), and the
 * page says where to go next.
 */
@Controller
class HomeController {

	private final Directory directory;

	private final PageTexts texts;

	HomeController(Directory directory, PageTexts texts) {
		this.directory = directory;
		this.texts = texts;
	}

	/** One role as a person reads it: 组织部门 · 石嘴山市 (and its units below). */
	record RoleLine(String role, String scope) {
	}

	@GetMapping({ "/console", "/console/" })
	String home(Actor actor, Model model) {
		model.addAttribute("actor", actor);
		List<RoleLine> lines = actor.roles()
			.stream()
			.map(r -> new RoleLine(texts.text("console.role." + r.role()),
					r.root() ? texts.text("console.home.scope.all")
							: texts.text("console.home.scope.unit", directory.unit(r.scopeUnitId()).name())))
			.distinct()
			.toList();
		model.addAttribute("roleLines", lines);
		model.addAttribute("mayOpen", dev.baton.bot.console.opening.Openers.mayOpen(actor));
		return "console/home";
	}

}
