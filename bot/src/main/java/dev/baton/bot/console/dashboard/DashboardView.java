package dev.baton.bot.console.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.policy.WaitingStepKind;

/**
 * The 督办 dashboard: the handovers in the reader's scopes with their grade and flags,
 * counts by state and grade rolled up the unit tree, the overdue steps with who owes them
 * since when, and the escalation levels sent with the time to act after each.
 *
 * @param truncated more handovers matched than one dashboard reads
 * ({@link DashboardQuery#MAX_HANDOVERS})
 */
public record DashboardView(LocalDate today, Instant now, int dueSoonWorkingDays, DashboardQuery query,
		List<Row> handovers, Map<Grade, Integer> byGrade, Map<HandoverState, Integer> byState, List<UnitCount> units,
		List<OverdueStep> overdue, List<EscalationLine> escalations, boolean truncated) {

	/**
	 * One handover: its grade, its flags (null where the reader may not see them: their
	 * own handover), and its open steps graded.
	 */
	public record Row(HandoverBrief handover, Grade grade, List<DisciplineFlag> flags, List<OpenStep> open) {
	}

	/**
	 * An open step as the dashboard shows it; {@code lastUrgedAt} null if never urged.
	 */
	public record OpenStep(long stepId, WaitingStepKind kind, String subject, int round, LocalDate startedOn,
			LocalDate dueOn, Grade grade, int workingDaysLeft, int workingDaysLate, boolean returned,
			Instant lastUrgedAt) {
	}

	/**
	 * A unit of the tree with the handovers under it (its own and those of the units
	 * below, counted once each): {@code depth} 0 for the top of a reader's scope.
	 */
	public record UnitCount(long unitId, String name, String path, int depth, int total, int red, int yellow, int green,
			Map<HandoverState, Integer> byState) {
	}

	/**
	 * An overdue step: what, of which handover, due when, late since when, and who owes
	 * it now.
	 */
	public record OverdueStep(long handoverId, String unitName, String departingName, long stepId, WaitingStepKind kind,
			String subject, LocalDate dueOn, LocalDate overdueSince, int workingDaysLate, List<Person> owners,
			Instant lastUrgedAt) {
	}

	public record Person(long id, String name) {
	}

}
