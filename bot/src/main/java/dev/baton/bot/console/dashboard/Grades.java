package dev.baton.bot.console.dashboard;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.console.SupervisionProperties;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * Grades open steps on the working-day calendar: red once today is past the due day;
 * yellow when fewer than half of the working days the step was given (from the day it
 * opened to its due day) are left and its due day is at most
 * {@code baton.supervision.due-soon-working-days} working days away, so yellow on the due
 * day itself, a step of 1 or 2 working days on that day only and a long step from the
 * configured working days on (newcomer 25, finding 14: a 签收 just opened was yellow), or
 * when the step waits again after a return; green otherwise.
 */
@Component
public class Grades {

	private final WorkCalendar calendar;

	private final int dueSoon;

	Grades(WorkCalendar calendar, SupervisionProperties properties) {
		this.calendar = calendar;
		this.dueSoon = properties.dueSoonWorkingDays();
	}

	public StepGrade of(WaitingStep step, LocalDate today) {
		boolean returned = StepGrade.returned(step);
		if (today.isAfter(step.dueOn())) {
			return new StepGrade(step, Grade.RED, 0, calendar.workingDaysBetween(step.dueOn(), today), returned);
		}
		int left = calendar.workingDaysBetween(today, step.dueOn());
		Grade grade = returned || nearDue(step, left) ? Grade.YELLOW : Grade.GREEN;
		return new StepGrade(step, grade, left, 0, returned);
	}

	/**
	 * Whether {@code left} working days before its due day the step is near it: at most
	 * the configured working days, and fewer than half of its window (the working days
	 * from the day it opened to its due day) left, its due day always: a window of 1 or 2
	 * working days on its due day only, of 5 with 2 left, of 7 or more with 3 (the
	 * default).
	 */
	private boolean nearDue(WaitingStep step, int left) {
		if (left == 0) {
			return true;
		}
		return left <= dueSoon && 2 * left < calendar.workingDaysBetween(step.startedOn(), step.dueOn());
	}

	/** The worst grade of the open steps; green when none is open. */
	public Grade worst(List<StepGrade> open) {
		return open.stream().map(StepGrade::grade).reduce(Grade.GREEN, Grade::worst);
	}

	/**
	 * A handover's grade: its worst open step's while it runs, cancelled once cancelled,
	 * green once done.
	 */
	public Grade handover(HandoverState state, List<StepGrade> open) {
		if (state == HandoverState.CANCELLED) {
			return Grade.CANCELLED;
		}
		return state.active() ? worst(open) : Grade.GREEN;
	}

	public int dueSoonWorkingDays() {
		return dueSoon;
	}

}
