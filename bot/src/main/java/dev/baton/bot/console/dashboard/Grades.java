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
 * yellow when the due day is at most {@code baton.supervision.due-soon-working-days}
 * working days away (the due day itself included) or the step waits again after a return;
 * green otherwise.
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
		Grade grade = left <= dueSoon || returned ? Grade.YELLOW : Grade.GREEN;
		return new StepGrade(step, grade, left, 0, returned);
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
