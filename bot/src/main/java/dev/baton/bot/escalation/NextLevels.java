package dev.baton.bot.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.policy.DeadlineUnit;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * When the next escalation level of an open step will be sent if nobody acts: the time an
 * escalated person has left to act before it goes higher (the 督办 dashboard's 已发出的督办).
 * Worked out as the sweep works out a step's stages (its handover's escalation snapshot,
 * its ladder, the work calendar, the send window, its extensions), from its due day as it
 * is now.
 */
@Component
public class NextLevels {

	/** How far ahead a ladder is laid out (a last level repeating daily ends here). */
	private static final Duration AHEAD = Duration.ofDays(400);

	private final EscalationMapper mapper;

	private final EscalationPolicies policies;

	private final WorkCalendar calendar;

	private final TimeSource time;

	private final dev.baton.bot.policy.Policies handoverPolicyOf;

	NextLevels(EscalationMapper mapper, EscalationPolicies policies, WorkCalendar calendar, TimeSource time,
			dev.baton.bot.policy.Policies handoverPolicyOf) {
		this.handoverPolicyOf = handoverPolicyOf;
		this.mapper = mapper;
		this.policies = policies;
		this.calendar = calendar;
		this.time = time;
	}

	/**
	 * For each open step, the first stage of a higher level than the level given for it
	 * (reminders and repeats of the same level not counted); steps at their ladder's last
	 * level, and steps done, are left out.
	 */
	public Map<Long, Instant> after(Map<Long, Integer> levels) {
		Map<Long, Instant> next = new HashMap<>();
		nextLevels(levels).forEach((id, n) -> next.put(id, n.at()));
		return next;
	}

	/**
	 * When the next level goes out and whether that day is a rest day reached by counting
	 * calendar days (newcomer 19: 「2026-12-13 09:00发出2级督办」 on a Sunday read as a mistake;
	 * the page adds 「（按日历日）」).
	 */
	public record Next(Instant at, boolean restDayByCalendarDays) {
	}

	/** {@link #after} with how each time was counted. */
	public Map<Long, Next> nextLevels(Map<Long, Integer> levels) {
		Map<Long, Next> next = new HashMap<>();
		if (levels.isEmpty()) {
			return next;
		}
		List<EscalationMapper.StepRow> steps = mapper.steps(levels.keySet());
		Map<Long, EscalationPolicy> byHandover = new HashMap<>();
		Map<Long, dev.baton.bot.policy.HandoverPolicy> handoverPolicies = new HashMap<>();
		Collection<Long> handovers = steps.stream().map(EscalationMapper.StepRow::handoverId).distinct().toList();
		if (!handovers.isEmpty()) {
			for (EscalationMapper.Snapshots s : mapper.snapshots(handovers)) {
				byHandover.put(s.id(), policies.ofSnapshot(s.escalationSnapshot()));
				if (s.policySnapshot() != null) {
					handoverPolicies.put(s.id(), handoverPolicyOf.parse(s.policySnapshot()));
				}
			}
		}
		Instant horizon = time.now().plus(AHEAD);
		for (EscalationMapper.StepRow w : steps) {
			EscalationPolicy policy = byHandover.get(w.handoverId());
			if (policy == null) {
				continue;
			}
			Ladder ladder = policy.ladder(w.kind());
			SendWindow window = new SendWindow(policy.sendFrom(), policy.sendUntil(), calendar, time.zone());
			java.time.LocalDate remindAfter = w.extendedOn() != null && w.extendedOn().isAfter(w.startedOn())
					? w.extendedOn() : w.startedOn();
			int level = levels.get(w.id());
			new StageSchedule(ladder, calendar, time.zone(), window,
					StageSchedule.countsWorkingDays(handoverPolicies.get(w.handoverId()), w.kind()))
				.through(remindAfter, w.dueOn(), horizon, w.extensions())
				.stream()
				.filter(s -> s.level() > level)
				.map(Stage::at)
				.min(Instant::compareTo)
				.ifPresent(at -> next.put(w.id(), new Next(at, ladder.levelUnit() != DeadlineUnit.WORKING_DAYS
						&& !calendar.isWorkingDay(at.atZone(time.zone()).toLocalDate()))));
		}
		return next;
	}

}
