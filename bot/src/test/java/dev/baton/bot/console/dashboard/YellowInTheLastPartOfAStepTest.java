package dev.baton.bot.console.dashboard;

import java.time.LocalDate;

import dev.baton.bot.DomainContext;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 25, finding 14: a 签收 opened seconds earlier was yellow, its whole window of 2
 * working days being inside the 3 working days of the warning. A step turns yellow only
 * once fewer than half of the working days it was given remain, and never earlier than
 * {@code due-soon-working-days} before its due day: a step of 1 or 2 working days on its
 * due day only, a long one as before; returned stays yellow, overdue red. On the calendar
 * the application loads from the database (2026's 国庆 off 10-01 to 10-07, Saturday 10-10 a
 * make-up working day).
 */
@DomainContext
class YellowInTheLastPartOfAStepTest {

	@Autowired
	Grades grades;

	@Autowired
	WorkCalendar calendar;

	@Test
	void aTwoWorkingDayReceiptOpenedBeforeTheHolidayIsYellowOnItsLastWorkingDayOnly() {
		LocalDate opened = LocalDate.of(2026, 9, 30);
		WaitingStep receipt = step(WaitingStepKind.NOTICE_RECEIPT, 1, opened, calendar.addWorkingDays(opened, 2));
		assertThat(receipt.dueOn()).isEqualTo(LocalDate.of(2026, 10, 9));

		assertThat(grade(receipt, "2026-09-30")).isEqualTo(Grade.GREEN); // just opened
		assertThat(grade(receipt, "2026-10-04")).isEqualTo(Grade.GREEN); // 国庆
		assertThat(grade(receipt, "2026-10-08")).isEqualTo(Grade.GREEN); // 1 working day
																			// left
		StepGrade lastDay = grades.of(receipt, LocalDate.of(2026, 10, 9));
		assertThat(lastDay.grade()).isEqualTo(Grade.YELLOW);
		assertThat(lastDay.workingDaysLeft()).isZero();
		assertThat(grade(receipt, "2026-10-10")).isEqualTo(Grade.RED); // the make-up
																		// Saturday
	}

	@Test
	void aOneWorkingDayStepIsYellowOnItsDueDayOnly() {
		// opened on the Friday after 国庆, due on the make-up Saturday
		WaitingStep step = step(WaitingStepKind.SIGNING, 1, LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10));
		assertThat(grade(step, "2026-10-09")).isEqualTo(Grade.GREEN);
		assertThat(grade(step, "2026-10-10")).isEqualTo(Grade.YELLOW);
		assertThat(grade(step, "2026-10-12")).isEqualTo(Grade.RED);
	}

	@Test
	void aFiveWorkingDayReviewTurnsYellowWithTwoWorkingDaysLeft() {
		// Monday 11-23 to Monday 11-30: fewer than half left from 2 working days on
		WaitingStep review = step(WaitingStepKind.REVIEW, 1, LocalDate.of(2026, 11, 23),
				calendar.addWorkingDays(LocalDate.of(2026, 11, 23), 5));
		assertThat(review.dueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(grade(review, "2026-11-25")).isEqualTo(Grade.GREEN); // 3 left
		assertThat(grade(review, "2026-11-26")).isEqualTo(Grade.YELLOW); // 2 left
	}

	@Test
	void aLongStepKeepsTheConfiguredWorkingDays() {
		assertThat(grades.dueSoonWorkingDays()).isEqualTo(3);
		WaitingStep checklist = step(WaitingStepKind.CHECKLIST, 1, LocalDate.of(2026, 11, 23),
				LocalDate.of(2026, 12, 7));
		assertThat(grade(checklist, "2026-12-01")).isEqualTo(Grade.GREEN); // 4 left
		assertThat(grade(checklist, "2026-12-02")).isEqualTo(Grade.YELLOW); // 3 left
		assertThat(grade(checklist, "2026-12-07")).isEqualTo(Grade.YELLOW);
		assertThat(grade(checklist, "2026-12-08")).isEqualTo(Grade.RED);
	}

	@Test
	void aReturnedChecklistIsYellowFromItsFirstDay() {
		WaitingStep again = step(WaitingStepKind.CHECKLIST, 2, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 7));
		StepGrade graded = grades.of(again, LocalDate.of(2026, 11, 23));
		assertThat(graded.grade()).isEqualTo(Grade.YELLOW);
		assertThat(graded.returned()).isTrue();
		assertThat(grade(again, "2026-12-08")).isEqualTo(Grade.RED);
	}

	private Grade grade(WaitingStep step, String today) {
		return grades.of(step, LocalDate.parse(today)).grade();
	}

	private static WaitingStep step(WaitingStepKind kind, int round, LocalDate startedOn, LocalDate dueOn) {
		return new WaitingStep(1, 1, kind, "", round, startedOn, dueOn, null);
	}

}
