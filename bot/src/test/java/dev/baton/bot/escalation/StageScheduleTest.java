package dev.baton.bot.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import dev.baton.bot.policy.DeadlineUnit;
import dev.baton.scheduler.calendar.ChinaWorkCalendar;
import dev.baton.scheduler.calendar.HolidayTable;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static dev.baton.bot.escalation.EscalationSupport.BEIJING;
import static dev.baton.bot.escalation.EscalationSupport.beijing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladder arithmetic on its own: stage times, the sending window, and what one visit
 * decides.
 */
class StageScheduleTest {

	/** 2026's 国庆 (10-01..10-07) with its make-up Saturday 10-10. */
	static final WorkCalendar CALENDAR = ChinaWorkCalendar.of(HolidayTable.builder()
		.year(2026)
		.holidays("国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
		.makeupWorkday(LocalDate.of(2026, 10, 10))
		.build(), year -> {
		});

	static final SendWindow WINDOW = new SendWindow(LocalTime.of(8, 30), LocalTime.of(18, 0), CALENDAR, BEIJING);

	static final List<EscalationLevel> LEVELS = List.of(
			new EscalationLevel(1, 1, List.of(EscalationRecipient.ACTOR, EscalationRecipient.ORGANIZER), 1,
					List.of(EscalationRecipient.ACTOR)),
			new EscalationLevel(2, 3, List.of(EscalationRecipient.SUPERVISOR), 5,
					List.of(EscalationRecipient.SUPERVISOR)));

	@Test
	void remindersAndLevelsFallOnWorkingDaysAndTheLastLevelRepeats() {
		Ladder ladder = new Ladder(false, LocalTime.of(9, 0), List.of(3, 1, 0), DeadlineUnit.WORKING_DAYS, LEVELS);

		List<Stage> stages = schedule(ladder).through(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 8),
				beijing("2026-10-20T12:00"));

		assertThat(stages).extracting(s -> s.key() + "@" + s.at().atZone(BEIJING).toLocalDateTime())
			.containsExactly("R3@2026-09-28T09:00", "R1@2026-09-30T09:00", "R0@2026-10-08T09:00", "L1@2026-10-09T09:00",
					"L1.2@2026-10-10T09:00", "L2@2026-10-12T09:00", "L2.2@2026-10-19T09:00", "L2.3@2026-10-26T09:00");
	}

	@Test
	void remindersBeforeTheStepStartedAreLeftOut() {
		Ladder ladder = new Ladder(false, LocalTime.of(9, 0), List.of(3, 1, 0), DeadlineUnit.WORKING_DAYS, LEVELS);

		List<Stage> stages = schedule(ladder).through(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 8),
				beijing("2026-10-01T00:00"));

		assertThat(stages).extracting(Stage::key).containsExactly("R1", "R0");
	}

	@Test
	void anExtendedStepHasANewLadderKeyedApart() {
		Ladder ladder = new Ladder(false, LocalTime.of(9, 0), List.of(3, 1, 0), DeadlineUnit.WORKING_DAYS, LEVELS);

		// 延期 on 10-09 (the day after the first due day) to 10-14: no reminder on or
		// before the day it was moved
		List<Stage> stages = schedule(ladder).through(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 14),
				beijing("2026-10-16T12:00"), 2);

		assertThat(stages).extracting(s -> s.key() + "@" + s.at().atZone(BEIJING).toLocalDateTime())
			.containsExactly("E2.R3@2026-10-10T09:00", "E2.R1@2026-10-13T09:00", "E2.R0@2026-10-14T09:00",
					"E2.L1@2026-10-15T09:00", "E2.L1.2@2026-10-16T09:00", "E2.L2@2026-10-19T09:00");
	}

	@Test
	void anUrgentLadderCountsCalendarDaysAndIgnoresRestDays() {
		Ladder urgent = new Ladder(true, LocalTime.of(9, 0), List.of(), DeadlineUnit.CALENDAR_DAYS, LEVELS);
		Ladder calm = new Ladder(false, LocalTime.of(9, 0), List.of(), DeadlineUnit.CALENDAR_DAYS, LEVELS);

		Instant horizon = beijing("2026-10-02T00:00");
		assertThat(schedule(urgent).through(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), horizon).get(0).at())
			.isEqualTo(beijing("2026-10-01T09:00"));
		assertThat(schedule(calm).through(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), horizon).get(0).at())
			.as("held until the first working day after 国庆")
			.isEqualTo(beijing("2026-10-08T08:30"));
	}

	@Test
	void aVisitSendsTheLatestDueStageAndRecordsTheRestAsMissed() {
		Ladder ladder = new Ladder(false, LocalTime.of(9, 0), List.of(3, 1, 0), DeadlineUnit.WORKING_DAYS, LEVELS);
		Instant now = beijing("2026-10-09T10:00");
		List<Stage> stages = schedule(ladder).through(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 8), now);

		StepDecision decision = StepDecision.decide(stages, Set.of("R3"), now, WINDOW, false);

		assertThat(decision.send().key()).isEqualTo("L1");
		assertThat(decision.missed()).extracting(Stage::key).containsExactly("R1", "R0");
		assertThat(decision.nextActionAt()).isEqualTo(beijing("2026-10-10T09:00"));
	}

	@Test
	void atNightANonUrgentVisitWaitsForTheMorningAndAnUrgentOneDoesNot() {
		Ladder ladder = new Ladder(false, LocalTime.of(9, 0), List.of(0), DeadlineUnit.WORKING_DAYS, LEVELS);
		Instant night = beijing("2026-10-09T23:00");
		List<Stage> stages = schedule(ladder).through(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 8), night);

		StepDecision calm = StepDecision.decide(stages, Set.of(), night, WINDOW, false);
		StepDecision urgent = StepDecision.decide(stages, Set.of(), night, WINDOW, true);

		assertThat(calm.sends()).isFalse();
		assertThat(calm.deferred()).isTrue();
		assertThat(calm.nextActionAt()).as("Saturday 10-10 is a make-up working day")
			.isEqualTo(beijing("2026-10-10T08:30"));
		assertThat(urgent.send().key()).isEqualTo("L1");
	}

	private static StageSchedule schedule(Ladder ladder) {
		return new StageSchedule(ladder, CALENDAR, BEIJING, WINDOW);
	}

}
