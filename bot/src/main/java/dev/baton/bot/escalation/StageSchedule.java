package dev.baton.bot.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.baton.bot.policy.DeadlineUnit;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.scheduler.calendar.WorkCalendar;

/**
 * The stages of one step's ladder in time order, computed from its dates, the work
 * calendar and the send window: nothing is stored but what has been sent, so a changed
 * calendar moves what is still to come. For a step whose policy counts its deadlines in
 * working days ({@code onWorkingDays}), a stage whose day is a rest day of the calendar
 * goes out on the next working day at the same hour, even on a ladder that counts
 * calendar days and sends at any hour (newcomer 17, finding 9: a 2级督办 dated on a Sunday);
 * a make-up working day (调休) is a working day. A step of a calendar-day policy keeps the
 * calendar day.
 */
final class StageSchedule {

	private final Ladder ladder;

	private final WorkCalendar calendar;

	private final ZoneId zone;

	private final SendWindow window;

	private final boolean onWorkingDays;

	StageSchedule(Ladder ladder, WorkCalendar calendar, ZoneId zone, SendWindow window) {
		this(ladder, calendar, zone, window, false);
	}

	/**
	 * @param onWorkingDays whether the step's policy counts its deadlines in working days
	 * ({@link #countsWorkingDays})
	 */
	StageSchedule(Ladder ladder, WorkCalendar calendar, ZoneId zone, SendWindow window, boolean onWorkingDays) {
		this.ladder = ladder;
		this.calendar = calendar;
		this.zone = zone;
		this.window = window;
		this.onWorkingDays = onWorkingDays;
	}

	/**
	 * Whether the handover's policy counts the deadline of this kind of step in working
	 * days; a follow-up step, whose days the plan sets, as the policy counts its
	 * checklist (no policy: calendar days, as before).
	 */
	static boolean countsWorkingDays(HandoverPolicy policy, WaitingStepKind kind) {
		if (policy == null) {
			return false;
		}
		Period period = policy.deadlines().getOrDefault(kind, policy.deadlines().get(WaitingStepKind.CHECKLIST));
		return period != null && period.unit() == DeadlineUnit.WORKING_DAYS;
	}

	/**
	 * Every stage due at or before {@code horizon}, then the first one after it (if any).
	 * Reminders fall only on days after the step started.
	 */
	List<Stage> through(LocalDate startedOn, LocalDate dueOn, Instant horizon) {
		return through(startedOn, dueOn, horizon, 0);
	}

	/**
	 * As {@link #through(LocalDate, LocalDate, Instant)} for a step whose due day was
	 * moved {@code extensions} times (延期): its stages are a new ladder for the new day,
	 * keyed {@code E<n>.R3}, {@code E<n>.L1}…, so none of them is taken for a stage sent
	 * before the move.
	 */
	List<Stage> through(LocalDate startedOn, LocalDate dueOn, Instant horizon, int extensions) {
		String prefix = extensions == 0 ? "" : "E" + extensions + ".";
		List<Stage> stages = new ArrayList<>();
		ladder.remindersBefore().stream().sorted(Comparator.reverseOrder()).forEach(n -> {
			LocalDate day = workingDaysBefore(dueOn, n);
			if (day.isAfter(startedOn)) {
				stages.add(new Stage(prefix + "R" + n, 0, 0, place(day), List.of(EscalationRecipient.ACTOR)));
			}
		});
		List<EscalationLevel> levels = ladder.levels();
		for (int i = 0; i < levels.size(); i++) {
			EscalationLevel level = levels.get(i);
			boolean last = i == levels.size() - 1;
			Instant nextLevel = last ? null : place(after(dueOn, levels.get(i + 1).after()));
			LocalDate day = after(dueOn, level.after());
			Instant at = place(day);
			stages.add(new Stage(prefix + "L" + level.level(), level.level(), 1, at, level.recipients()));
			for (int round = 2; level.repeatEvery() > 0 && !at.isAfter(horizon); round++) {
				day = after(day, level.repeatEvery());
				Instant repeated = place(day);
				if (nextLevel != null && !repeated.isBefore(nextLevel)) {
					break;
				}
				if (!repeated.isAfter(at)) {
					// a repeat moved off a rest day onto the one before it: one message
					round--;
					continue;
				}
				at = repeated;
				stages.add(new Stage(prefix + "L" + level.level() + "." + round, level.level(), round, at,
						level.repeatRecipients()));
			}
		}
		stages.sort(Comparator.comparing(Stage::at));
		List<Stage> result = new ArrayList<>();
		for (Stage stage : stages) {
			result.add(stage);
			if (stage.at().isAfter(horizon)) {
				break;
			}
		}
		return result;
	}

	private Instant place(LocalDate day) {
		while (onWorkingDays && !calendar.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		Instant at = ZonedDateTime.of(day, ladder.remindAt(), zone).toInstant();
		return ladder.urgent() ? at : window.nextAllowed(at);
	}

	private LocalDate after(LocalDate day, int units) {
		return ladder.levelUnit() == DeadlineUnit.WORKING_DAYS ? calendar.addWorkingDays(day, units)
				: day.plusDays(units);
	}

	/**
	 * The n-th working day before {@code due}; the 0th is the last working day on or
	 * before it.
	 */
	private LocalDate workingDaysBefore(LocalDate due, int n) {
		LocalDate day = due;
		while (!calendar.isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		for (int i = 0; i < n; i++) {
			day = day.minusDays(1);
			while (!calendar.isWorkingDay(day)) {
				day = day.minusDays(1);
			}
		}
		return day;
	}

}
