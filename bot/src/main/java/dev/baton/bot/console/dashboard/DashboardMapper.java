package dev.baton.bot.console.dashboard;

import java.util.Collection;
import java.util.List;

import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverState;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DashboardMapper {

	/**
	 * The handovers under the scopes (unit path prefixes), newest first, at most
	 * {@code limit}: of one state, or (no state) the running ones; under one unit path;
	 * whose unit, departing or successor name holds {@code name}.
	 */
	List<HandoverBrief> handovers(@Param("scopes") Collection<String> scopes, @Param("state") HandoverState state,
			@Param("unitPath") String unitPath, @Param("name") String name, @Param("limit") int limit);

	/**
	 * The escalation levels sent for steps of these handovers, newest first, at most
	 * {@code limit}.
	 */
	List<EscalationRow> escalations(@Param("ids") Collection<Long> handoverIds, @Param("limit") int limit);

	/**
	 * The officials each escalation of these handovers was sent to (the outbox rows of
	 * event ESCALATION).
	 */
	List<EscalationRecipientRow> escalationRecipients(@Param("ids") Collection<Long> handoverIds);

	/** The last urge of each open step of these handovers. */
	List<LastUrge> lastUrges(@Param("ids") Collection<Long> handoverIds);

	record EscalationRow(long handoverId, String unitName, String departingName, long stepId,
			dev.baton.bot.policy.WaitingStepKind kind, String subject, java.time.LocalDate dueOn, String stage,
			int escLevel, java.time.Instant firedAt, int recipients, java.time.Instant doneAt, int extensions,
			java.time.LocalDate extendedOn) {
	}

	/** A step of these handovers with stages recorded on its row (V54). */
	List<LoggedStep> loggedEscalations(@Param("ids") Collection<Long> handoverIds);

	record LoggedStep(long handoverId, String unitName, String departingName, long stepId,
			dev.baton.bot.policy.WaitingStepKind kind, String subject, java.time.LocalDate dueOn,
			java.time.Instant doneAt, String stageLog, int extensions, java.time.LocalDate extendedOn) {
	}

	record EscalationRecipientRow(String payload, String recipientName) {
	}

	record LastUrge(long stepId, java.time.Instant urgedAt) {
	}

}
