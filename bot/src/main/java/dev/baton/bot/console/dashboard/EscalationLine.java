package dev.baton.bot.console.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import dev.baton.bot.policy.WaitingStepKind;

/**
 * An escalation level sent for a step: when, to whom ({@code told}, the officials its
 * messages went to), when the step was acted on after it ({@code doneAt}, null while it
 * still waits), the minutes from the escalation to the act, or (still waiting) to now,
 * and, while it waits, when the next level goes out if nobody acts ({@code nextLevelAt},
 * null at the ladder's last level) and the minutes left until then; whether that time is
 * on a rest day reached by counting calendar days ({@code nextLevelByCalendarDays}: the
 * page says 「（按日历日）」 after it, newcomer 19); the highest level sent for the step after
 * this one ({@code laterLevel}, 0 when this is the highest: only that row may say no
 * further level follows, newcomer 22, finding 3); the day the step's deadline was
 * extended after this escalation went out and the day it now falls due
 * ({@code extendedOn}, {@code extendedTo}; both null when it was not: newcomer 22,
 * finding 16, a step extended then done read "acted on 0 h 0 min after the escalation").
 */
public record EscalationLine(long handoverId, String unitName, String departingName, long stepId, WaitingStepKind kind,
		String subject, LocalDate dueOn, String stage, int escLevel, Instant firedAt, int recipients, Instant doneAt,
		boolean acted, long minutesToAct, java.util.List<String> told, Instant nextLevelAt, long minutesLeft,
		boolean nextLevelByCalendarDays, int laterLevel, LocalDate extendedOn, LocalDate extendedTo) {

	static EscalationLine of(DashboardMapper.EscalationRow r, Instant now, java.util.List<String> told,
			dev.baton.bot.escalation.NextLevels.Next nextLevel, int highestSent) {
		long minutes = java.time.Duration.between(r.firedAt(), r.doneAt() != null ? r.doneAt() : now).toMinutes();
		Instant next = r.doneAt() == null && nextLevel != null ? nextLevel.at() : null;
		long left = next == null ? 0 : Math.max(0, java.time.Duration.between(now, next).toMinutes());
		return new EscalationLine(r.handoverId(), r.unitName(), r.departingName(), r.stepId(), r.kind(), r.subject(),
				r.dueOn(), r.stage(), r.escLevel(), r.firedAt(), r.recipients(), r.doneAt(), r.doneAt() != null,
				Math.max(0, minutes), java.util.List.copyOf(told), next, left,
				next != null && nextLevel.restDayByCalendarDays(), highestSent > r.escLevel() ? highestSent : 0,
				extendedAfter(r) ? r.extendedOn() : null, extendedAfter(r) ? r.dueOn() : null);
	}

	/**
	 * Whether the step's deadline was extended after this escalation: the step has been
	 * extended more times than it had when the stage went out (a stage sent after the
	 * n-th extension is keyed {@code E<n>.}).
	 */
	static boolean extendedAfter(DashboardMapper.EscalationRow r) {
		return r.extendedOn() != null && r.extensions() > extensionsAt(r.stage());
	}

	/** The extensions a stage key says its step had: {@code E2.L1} 2, {@code L1.2} 0. */
	static int extensionsAt(String stage) {
		int dot = stage.indexOf('.');
		if (!stage.startsWith("E") || dot < 2) {
			return 0;
		}
		return Integer.parseInt(stage.substring(1, dot));
	}

	public boolean extended() {
		return extendedTo != null;
	}

	/** The time to act as people read it: 1天3小时 / 1 d 3 h. */
	public String timeToActZh() {
		return zh(minutesToAct);
	}

	public String timeToActEn() {
		return en(minutesToAct);
	}

	/** The time left before the next level as people read it. */
	public String timeLeftZh() {
		return zh(minutesLeft);
	}

	public String timeLeftEn() {
		return en(minutesLeft);
	}

	private static String zh(long minutes) {
		return minutes >= 1440 ? minutes / 1440 + "天" + minutes % 1440 / 60 + "小时"
				: minutes / 60 + "小时" + minutes % 60 + "分钟";
	}

	private static String en(long minutes) {
		return minutes >= 1440 ? minutes / 1440 + " d " + minutes % 1440 / 60 + " h"
				: minutes / 60 + " h " + minutes % 60 + " min";
	}

}
