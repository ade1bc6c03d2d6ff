package dev.baton.bot.escalation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EscalationMapper {

	/**
	 * Steps whose next action is due, oldest first: an index range scan on
	 * next_action_at.
	 */
	List<Long> dueStepIds(@Param("now") Instant now, @Param("limit") int limit);

	/**
	 * Locks those of these steps still due and open, skipping the ones another sweep
	 * holds (it is handling them; if it fails, they stay due for the next sweep), and
	 * reads them.
	 */
	List<StepRow> lockDue(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

	/**
	 * These steps, read without locking them (the console's owners of a step,
	 * StepOwners).
	 */
	List<StepRow> steps(@Param("ids") Collection<Long> ids);

	List<CaseRow> cases(@Param("ids") Collection<Long> handoverIds);

	/** The policy snapshots of these handovers. */
	List<Snapshots> snapshots(@Param("ids") Collection<Long> ids);

	/** The stages recorded before V54 in escalation_notice for these steps. */
	List<Recorded> recorded(@Param("ids") Collection<Long> ids);

	/**
	 * One statement for a batch of steps: their next actions, their stages appended to
	 * their logs ({@code logged}: some are), each only if its sweep_seq is still the one
	 * read.
	 * @return the steps written: fewer than given when another sweep wrote one since
	 */
	int setNextActions(@Param("next") List<NextAction> next, @Param("logged") boolean logged);

	/** The stages recorded before V54, oldest first. */
	List<EscalationNotice> legacyNotices(long handoverId);

	/** The handover's steps that have a stage log. */
	List<StepLog> stageLogs(long handoverId);

	record NoticeRow(long stepId, long handoverId, String stage, int level, String outcome, Instant scheduledAt,
			int recipients) {
	}

	/**
	 * @param seq the step's sweep_seq as the sweep read it
	 * @param appended the lines of the stages claimed now, or null
	 */
	record NextAction(long stepId, Instant at, int seq, String appended) {
	}

	record StepLog(long id, long handoverId, String stageLog) {
	}

	record StepRow(long id, long handoverId, dev.baton.bot.policy.WaitingStepKind kind, String subject, int round,
			java.time.LocalDate startedOn, java.time.LocalDate dueOn, int extensions, java.time.LocalDate extendedOn,
			String stageLog, int sweepSeq, boolean legacyNotices) {
	}

	record CaseRow(long id, long unitId, String unitPath, String unitName, dev.baton.bot.handover.HandoverState state,
			long departingId, String departingName, long successorId, String successorName, long organizerId) {
	}

	record Snapshots(long id, String policySnapshot, String escalationSnapshot) {
	}

	/** A stage already recorded for a step. */
	record Recorded(long stepId, String stage) {
	}

}
