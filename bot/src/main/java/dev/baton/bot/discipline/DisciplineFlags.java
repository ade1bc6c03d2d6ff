package dev.baton.bot.discipline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.WaitingStepKind;

/**
 * Derives the discipline flags from the record: nothing is set by hand, so nothing can be
 * forgotten or faked.
 */
public final class DisciplineFlags {

	private DisciplineFlags() {
	}

	/**
	 * The flags of one handover (its review decisions and disputes read by the caller, so
	 * that discipline does not depend on review or confirmation, which raise flags
	 * through {@link FlagNotices}).
	 * @param returned the checklist was returned in a review round
	 * @param corrected a dispute was ruled a correction of the departing official's
	 * statement
	 */
	public static Set<DisciplineFlag> of(List<WaitingStep> steps, boolean returned, boolean corrected, LocalDate today,
			ZoneId zone) {
		Set<DisciplineFlag> flags = EnumSet.noneOf(DisciplineFlag.class);
		if (late(steps, today, zone, WaitingStepKind.NOTICE_RECEIPT, WaitingStepKind.CHECKLIST)) {
			flags.add(DisciplineFlag.OVERDUE_HANDOVER);
		}
		if (returned) {
			flags.add(DisciplineFlag.UNCLEAR_HANDOVER);
		}
		if (corrected) {
			flags.add(DisciplineFlag.UNTRUE_HANDOVER);
		}
		if (late(steps, today, zone, WaitingStepKind.PLAN, WaitingStepKind.FOLLOW_UP_STEP)) {
			flags.add(DisciplineFlag.NEGLECT_AFTER_HANDOVER);
		}
		return flags;
	}

	private static boolean late(List<WaitingStep> steps, LocalDate today, ZoneId zone, WaitingStepKind... kinds) {
		Set<WaitingStepKind> wanted = EnumSet.of(kinds[0], kinds);
		return steps.stream().filter(s -> wanted.contains(s.kind())).anyMatch(s -> s.late(today, zone));
	}

}
