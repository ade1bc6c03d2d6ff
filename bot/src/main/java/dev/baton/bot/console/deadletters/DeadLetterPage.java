package dev.baton.bot.console.deadletters;

import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.delivery.DeadLetter;
import dev.baton.bot.delivery.DeadLetters;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/dead-letters}: what could not be delivered to the officials and groups
 * of a unit (the reader's own unit of administration or organization unless
 * {@code unitId} says which), each with a button that sends it again through the same
 * service as {@code POST /api/admin/dead-letters/{source}/{id}/retry}, and one that gives
 * it up for good with a reason ({@code .../discard}).
 */
@Controller
class DeadLetterPage {

	private final DeadLetters deadLetters;

	private final Directory directory;

	private final PageTexts texts;

	DeadLetterPage(DeadLetters deadLetters, Directory directory, PageTexts texts) {
		this.deadLetters = deadLetters;
		this.directory = directory;
		this.texts = texts;
	}

	@GetMapping("/console/dead-letters")
	String list(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) DeadLetters.Source retried, @RequestParam(required = false) Long id,
			Model model) {
		long unit = unitId != null ? unitId : defaultUnit(actor);
		OrgUnit shown = directory.unit(unit);
		List<DeadLetter> letters = deadLetters.under(actor, unit, 200);
		if (retried != null && id != null) {
			retriedOutcome(actor, retried, id, model);
		}
		model.addAttribute("unit", shown);
		model.addAttribute("letters", letters);
		model.addAttribute("fmt", texts);
		return "console/dead-letters";
	}

	@PostMapping("/console/dead-letters/{source}/{id}/retry")
	String retry(Actor actor, @PathVariable DeadLetters.Source source, @PathVariable long id, @RequestParam long unitId,
			RedirectAttributes redirect) {
		try {
			deadLetters.retry(actor, source, id);
			return "redirect:/console/dead-letters?unitId=" + unitId + "&retried=" + source + "&id=" + id;
		}
		catch (dev.baton.bot.access.NotPermittedException | NotFoundException ex) {
			throw ex;
		}
		catch (BatonException ex) {
			redirect.addFlashAttribute("refusal", texts.refusal(ex));
			dev.baton.bot.console.TypedForm.keep(redirect);
		}
		return "redirect:/console/dead-letters?unitId=" + unitId;
	}

	/**
	 * Gives one up for good, for the reason typed: through the same service as the API's
	 * discard; audited.
	 */
	@PostMapping("/console/dead-letters/{source}/{id}/discard")
	String discard(Actor actor, @PathVariable DeadLetters.Source source, @PathVariable long id,
			@RequestParam long unitId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			deadLetters.discard(actor, source, id, reason);
			redirect.addFlashAttribute("done", texts.text("console.deadLetters.discarded"));
		}
		catch (dev.baton.bot.access.NotPermittedException | NotFoundException ex) {
			throw ex;
		}
		catch (BatonException ex) {
			redirect.addFlashAttribute("refusal", texts.refusal(ex));
			dev.baton.bot.console.TypedForm.keep(redirect);
		}
		return "redirect:/console/dead-letters?unitId=" + unitId;
	}

	/**
	 * What became of a message retried from this page, as the link the retry led to asks
	 * (and asks again on every refresh): on its way, delivered, or failed again and why —
	 * never "sent again" for one that failed again (newcomer 20b: 14).
	 */
	private void retriedOutcome(Actor actor, DeadLetters.Source source, long id, Model model) {
		DeadLetters.Outcome outcome;
		try {
			outcome = deadLetters.outcome(actor, source, id);
		}
		catch (dev.baton.bot.access.NotPermittedException | NotFoundException ex) {
			return;
		}
		switch (outcome.state()) {
			case FAILED -> model.addAttribute("failedAgain",
					texts.text("console.deadLetters.failedAgain", texts.error(outcome.error())));
			case DONE -> model.addAttribute("done", texts.text("console.deadLetters.delivered"));
			case UNDERWAY -> model.addAttribute("done", texts.text("console.deadLetters.underway"));
			case DISCARDED -> {
			}
		}
	}

	/**
	 * The widest unit the reader administers or organizes (a root administrator: the
	 * first top unit).
	 */
	private long defaultUnit(Actor actor) {
		for (RoleAssignment r : actor.roles()) {
			if ((r.role() == Role.ADMIN || r.role() == Role.ORGANIZER) && r.scopeUnitId() != null) {
				return r.scopeUnitId();
			}
		}
		return directory.topUnits()
			.stream()
			.findFirst()
			.map(OrgUnit::id)
			.orElseThrow(() -> new NotFoundException("unit", "-"));
	}

}
