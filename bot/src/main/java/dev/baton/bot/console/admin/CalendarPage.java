package dev.baton.bot.console.admin;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.calendar.CalendarAdmin;
import dev.baton.bot.calendar.CalendarYears;
import dev.baton.bot.calendar.NoticeText;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.Role;
import dev.baton.bot.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/calendar}: the years whose State Council holiday notice is loaded and
 * the years missing one while deadlines need them (as {@code /actuator/health/holidays}
 * says), for organizers and administrators; an administrator over every unit loads a year
 * by pasting the notice's text, read by {@link NoticeText} and added through the same
 * service as {@code POST /api/admin/calendar/years}.
 */
@Controller
class CalendarPage {

	private final CalendarYears years;

	private final CalendarAdmin calendar;

	private final Access access;

	private final PageTexts texts;

	private final Directory directory;

	CalendarPage(CalendarYears years, CalendarAdmin calendar, Access access, PageTexts texts, Directory directory) {
		this.directory = directory;
		this.years = years;
		this.calendar = calendar;
		this.access = access;
		this.texts = texts;
	}

	@GetMapping("/console/calendar")
	String page(Actor actor, Model model) {
		access.require(actor, Action.VIEW_POLICIES, Subject.ROOT);
		model.addAttribute("loaded", years.loaded());
		List<Integer> missing = years.missing();
		boolean mayAdd = access.allowed(actor, Action.MANAGE_CALENDAR, Subject.ROOT, null);
		model.addAttribute("missing", missing);
		model.addAttribute("mayAdd", mayAdd);
		if (!missing.isEmpty() && !mayAdd) {
			model.addAttribute("whoLoads", texts.text("console.calendar.whoLoads", whoLoads()));
		}
		model.addAttribute("fmt", texts);
		return "console/calendar";
	}

	@PostMapping("/console/calendar/years")
	String addYear(Actor actor, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String source, @RequestParam(required = false) String notice,
			RedirectAttributes redirect) {
		access.require(actor, Action.MANAGE_CALENDAR, Subject.ROOT);
		boolean done = Refusals.act(texts, redirect, () -> {
			if (year == null || year < 2000 || year > 2999) {
				throw new InvalidInputException("console.calendar.yearNeeded", "a year from 2000 to 2999");
			}
			NoticeText.Notice read = NoticeText.read(year, notice);
			calendar.addYear(actor, year, source, read.holidays(), read.makeupWorkdays());
			return texts.text("console.calendar.added", Integer.toString(year), read.holidays().size(),
					read.makeupWorkdays().size(), String.join(texts.text("supervision.nameSep"),
							read.holidays().stream().map(h -> h.name()).toList()));
		});
		if (!done) {
			redirect.addFlashAttribute("typed", new Typed(year, source, notice));
		}
		return "redirect:/console/calendar";
	}

	/**
	 * The administrators over every unit, who alone load a year (every administrator
	 * while there is none, as the missing year's warning goes to them), by name and post:
	 * the first {@value #NAMED}, then how many more.
	 */
	private String whoLoads() {
		List<Long> root = directory.rootAdmins();
		List<Long> admins = root.isEmpty() ? directory.holdersAnywhere(Role.ADMIN) : root;
		List<String> named = new ArrayList<>();
		for (Long id : admins.subList(0, Math.min(NAMED, admins.size()))) {
			Official o = directory.official(id);
			named.add(o.post() == null || o.post().isBlank() ? o.name()
					: texts.text("supervision.urgedPerson", o.name(), o.post()));
		}
		String said = String.join(texts.text("supervision.nameSep"), named);
		return admins.size() > NAMED
				? texts.text("console.calendar.andMore", said, admins.size(), admins.size() - NAMED) : said;
	}

	/** How many administrators the page names. */
	static final int NAMED = 5;

	/** A refused form as it was typed. */
	public record Typed(Integer year, String source, String notice) {
	}

}
