package dev.baton.bot.console.dashboard;

import java.time.LocalDate;

import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.WaitingStepKind;

/**
 * How an open step stands today: its grade, the working days left to its due day (0 on
 * the day itself) or the working days it is late, and whether it waits again after a
 * return (a returned checklist, a round after the first).
 */
public record StepGrade(WaitingStep step, Grade grade, int workingDaysLeft, int workingDaysLate, boolean returned) {

	/** The day it became overdue (the day after its due day). */
	public LocalDate overdueSince() {
		return step.dueOn().plusDays(1);
	}

	public boolean overdue() {
		return grade == Grade.RED;
	}

	static boolean returned(WaitingStep step) {
		return step.kind() == WaitingStepKind.CHECKLIST && step.round() > 1;
	}

}
