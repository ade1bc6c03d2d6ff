package dev.baton.bot.console.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import dev.baton.bot.policy.WaitingStepKind;

/**
 * An escalation level sent for a step: when, to how many, when the step was acted on after it ({@code doneAt}, null
 * while it still waits), and the minutes from the escalation to the act, or (still waiting) to now.
 */
public record EscalationLine(long handoverId, String unitName, String departingName, long stepId,
		WaitingStepKind kind, String subject, LocalDate dueOn, String stage, int escLevel, Instant firedAt,
		int recipients, Instant doneAt, boolean acted, long minutesToAct) {

	static EscalationLine of(DashboardMapper.EscalationRow r, Instant now) {
		long minutes = java.time.Duration.between(r.firedAt(), r.doneAt() != null ? r.doneAt() : now).toMinutes();
		return new EscalationLine(r.handoverId(), r.unitName(), r.departingName(), r.stepId(), r.kind(), r.subject(),
				r.dueOn(), r.stage(), r.escLevel(), r.firedAt(), r.recipients(), r.doneAt(), r.doneAt() != null,
				Math.max(0, minutes));
	}

	/** The time to act as people read it: 1天3小时 / 1 d 3 h. */
	public String timeToActZh() {
		return minutesToAct >= 1440 ? minutesToAct / 1440 + "天" + minutesToAct % 1440 / 60 + "小时"
				: minutesToAct / 60 + "小时" + minutesToAct % 60 + "分钟";
	}

	public String timeToActEn() {
		return minutesToAct >= 1440 ? minutesToAct / 1440 + " d " + minutesToAct % 1440 / 60 + " h"
				: minutesToAct / 60 + " h " + minutesToAct % 60 + " min";
	}

}
