package dev.baton.bot.console.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.system.DemoClock;
import dev.baton.bot.system.DemoClockMapper;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import dev.baton.scheduler.escalation.SweepOutcome;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/demo/clock}, in demo mode only (newcomer 20b, finding 1: a running
 * demo's time could not be moved, so no deadline passed while someone tried Baton):
 * Baton's time now, how far the demo's clock is ahead of the real time, and a form that
 * moves it forward by hours or days; the reminders and escalations that fall due are sent
 * at once (the sweep runs right after the move), the rest as the scheduler finds them.
 * Outside demo mode the page does not exist (404).
 */
@Controller
class DemoClockPage {

	private final DemoClock clock;

	private final TimeSource time;

	private final EscalationSweep sweep;

	private final WorkCalendar calendar;

	private final Access access;

	private final PageTexts texts;

	DemoClockPage(DemoClock clock, TimeSource time, EscalationSweep sweep, WorkCalendar calendar, Access access,
			PageTexts texts) {
		this.clock = clock;
		this.time = time;
		this.sweep = sweep;
		this.calendar = calendar;
		this.access = access;
		this.texts = texts;
	}

	@GetMapping("/console/demo/clock")
	String page(Actor actor, Model model) {
		allowed(actor);
		model.addAttribute("now", texts.time(time.now()));
		model.addAttribute("today", today());
		model.addAttribute("real", texts.time(clock.realNow()));
		model.addAttribute("ahead", span(clock.ahead()));
		model.addAttribute("moves", clock.moves().stream().map(this::row).toList());
		model.addAttribute("fmt", texts);
		return "console/demo-clock";
	}

	@PostMapping("/console/demo/clock")
	String move(Actor actor, @RequestParam(required = false) String amount, @RequestParam(required = false) String unit,
			RedirectAttributes redirect) {
		allowed(actor);
		Refusals.act(texts, redirect, () -> {
			Duration by = duration(amount, unit);
			clock.moveForward(actor.officialId(), by);
			SweepOutcome swept = sweep.sweepDue();
			return texts.text("console.demoClock.moved", span(by), texts.time(time.now()), today(), swept.sent());
		});
		return "redirect:/console/demo/clock";
	}

	private void allowed(Actor actor) {
		if (!clock.on()) {
			throw new NotFoundException("demoClock", "/console/demo/clock");
		}
		access.require(actor, Action.MOVE_DEMO_CLOCK, Subject.ROOT);
	}

	/** 1 to 366 days, or 1 to 8,784 hours. */
	private static Duration duration(String amount, String unit) {
		long n;
		try {
			n = Long.parseLong(amount == null ? "" : amount.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("console.demoClock.range", "a whole number of hours or days");
		}
		if (n < 1 || n > DemoClock.MOST.toHours()) {
			throw new InvalidInputException("console.demoClock.range", "a move forward of one hour to 366 days");
		}
		return "HOURS".equals(unit) ? Duration.ofHours(n) : Duration.ofDays(n);
	}

	/** 2026-12-09 星期三（工作日） / Wednesday 2026-12-09 (a working day). */
	private String today() {
		LocalDate day = time.today();
		String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale());
		return texts.text(calendar.isWorkingDay(day) ? "console.demoClock.workingDay" : "console.demoClock.restDay",
				day.toString(), weekday);
	}

	/** 3天5小时 / 3 days 5 hours (moves are whole hours). */
	private String span(Duration d) {
		return texts.text("console.demoClock.span", d.toDays(), d.toHoursPart());
	}

	private Row row(DemoClockMapper.Move move) {
		return new Row(texts.time(move.movedAt()), move.officialName(), span(Duration.ofMillis(move.forwardMs())));
	}

	/** A move as the page lists it. */
	public record Row(String at, String by, String forward) {
	}

}
