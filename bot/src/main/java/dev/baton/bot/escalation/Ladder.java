package dev.baton.bot.escalation;

import java.time.LocalTime;
import java.util.List;

import dev.baton.bot.policy.DeadlineUnit;

/**
 * The reminders and escalation levels of one kind of waiting step.
 *
 * @param urgent sent at night and on rest days too; otherwise held until the policy's
 * next sending time
 * @param remindAt the local time of day every reminder and level is due
 * @param remindersBefore working days before the due day (0: the due day itself), each a
 * reminder to the actor
 * @param levelUnit how the levels' {@code after} and {@code repeatEvery} are counted
 * @param levels in ascending order of level and of {@code after}
 */
public record Ladder(boolean urgent, LocalTime remindAt, List<Integer> remindersBefore, DeadlineUnit levelUnit,
		List<EscalationLevel> levels) {

	public Ladder {
		if (remindAt == null || levelUnit == null) {
			throw new IllegalArgumentException("a ladder needs remindAt and levelUnit");
		}
		remindersBefore = remindersBefore == null ? List.of() : List.copyOf(remindersBefore);
		levels = List.copyOf(levels);
		if (remindersBefore.stream().anyMatch(n -> n < 0 || n > 30)
				|| remindersBefore.stream().distinct().count() != remindersBefore.size()) {
			throw new IllegalArgumentException("reminders are distinct, 0 to 30 working days before the due day");
		}
		for (int i = 1; i < levels.size(); i++) {
			if (levels.get(i).level() <= levels.get(i - 1).level()
					|| levels.get(i).after() <= levels.get(i - 1).after()) {
				throw new IllegalArgumentException("levels must rise in number and in time");
			}
		}
	}

}
