package dev.baton.bot.demo;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.WaitingStepKind;

/**
 * The dates of the demo's overdue handover, one story whatever day the demo is started
 * (#12/#17, newcomer 14 finding 14, newcomer 15 finding 10): the notice issued on a
 * working day ({@code openedOn}), acknowledged the next working day within its 签收 period,
 * the checklist due as the policy counts from the notice, and that due day the
 * {@link #OVERDUE_WORKING_DAYS}-th working day before today, so the checklist is overdue
 * by that many working days however the weekend or a holiday falls. Each date comes
 * before the next: notice, 签收 (done and due), checklist due, today.
 */
record DemoDates(LocalDate openedOn, LocalDate acknowledgedOn, LocalDate receiptDue, LocalDate checklistDue) {

	/** How many working days the overdue demo handover's checklist is late. */
	static final int OVERDUE_WORKING_DAYS = 2;

	/**
	 * @param due the day a period started on a day ends, on the work calendar
	 * ({@code Policies.due})
	 * @param working whether a day is a working day
	 */
	static DemoDates overdue(LocalDate today, HandoverPolicy policy, BiFunction<LocalDate, Period, LocalDate> due,
			Predicate<LocalDate> working) {
		LocalDate checklistDue = workingDaysBefore(today, OVERDUE_WORKING_DAYS, working);
		Period checklist = policy.deadline(WaitingStepKind.CHECKLIST);
		Period receipt = policy.deadline(WaitingStepKind.NOTICE_RECEIPT);
		// the latest working day whose notice makes the checklist due on that day (or,
		// where none does, the latest whose due day is no later), its 签收 due before its
		// checklist (a notice just before a long holiday may have them the other way)
		LocalDate openedOn = checklistDue.minusDays(1);
		while (!working.test(openedOn) || due.apply(openedOn, checklist).isAfter(checklistDue)
				|| !due.apply(openedOn, receipt).isBefore(due.apply(openedOn, checklist))) {
			openedOn = openedOn.minusDays(1);
		}
		LocalDate receiptDue = due.apply(openedOn, receipt);
		LocalDate acknowledged = workingDaysBefore(openedOn, -1, working);
		return new DemoDates(openedOn, acknowledged.isAfter(receiptDue) ? receiptDue : acknowledged, receiptDue,
				due.apply(openedOn, checklist));
	}

	/**
	 * The {@code n}-th working day before {@code day} (after it, for a negative
	 * {@code n}).
	 */
	private static LocalDate workingDaysBefore(LocalDate day, int n, Predicate<LocalDate> working) {
		int step = n < 0 ? 1 : -1;
		LocalDate d = day;
		for (int counted = 0; counted < Math.abs(n);) {
			d = d.plusDays(step);
			if (working.test(d)) {
				counted++;
			}
		}
		return d;
	}

}
