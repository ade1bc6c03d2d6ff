package dev.baton.bot.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.policy.WaitingStepKind;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HandoverMapper {

	void insert(@Param("h") Handover handover, @Param("holder") IdHolder holder);

	Handover find(long id);

	/** The row locked until the transaction ends: one change at a time per handover. */
	/** The handover's row, locked, without its unit's path (see {@link #unitPath}). */
	Handover lock(long id);

	String unitPath(long unitId);

	int update(@Param("h") Handover handover);

	/**
	 * Locks the official's row: opening handovers for one official happens one at a time.
	 */
	Long lockOfficial(long officialId);

	/**
	 * The unit's running handovers a new one for these officials would clash with (the
	 * departing official leaving the unit again, or the two the other way round), read
	 * with locks: a locking read sees the latest committed rows, where a plain read under
	 * REPEATABLE READ would see the transaction's older snapshot.
	 */
	List<Clash> lockClashes(@Param("unitId") long unitId, @Param("departingId") long departingId,
			@Param("successorId") long successorId);

	/**
	 * As {@link #lockClashes}, without locks: what opening would be refused for, before
	 * anything is opened.
	 */
	List<Clash> clashes(@Param("unitId") long unitId, @Param("departingId") long departingId,
			@Param("successorId") long successorId);

	/** The open steps of the handover, with the due day each was first given. */
	List<ExtendedStep> openStepDues(long handoverId);

	/**
	 * Moves an open step's due day (keeping the first one) and has the sweep plan its
	 * ladder again.
	 */
	int extendStep(@Param("id") long id, @Param("dueOn") LocalDate dueOn, @Param("today") LocalDate today,
			@Param("now") Instant now);

	/**
	 * The follow-up step named "4.2" (item 4, step 2) of the handover, still open, due on
	 * the later day its waiting step was extended to.
	 */
	int extendFollowUpStep(@Param("handoverId") long handoverId, @Param("label") String label,
			@Param("dueOn") LocalDate dueOn);

	/**
	 * The handovers visible through the scopes or as the party, filtered in SQL, newest
	 * first, without snapshots.
	 */
	List<HandoverBrief> search(@Param("f") HandoverFilter filter, @Param("unitPaths") List<String> unitPaths,
			@Param("partyId") Long partyId, @Param("today") LocalDate today, @Param("offset") int offset);

	/**
	 * The open steps of running handovers that may be the official's to act on (see the
	 * query), by due day.
	 */
	List<OpenStep> openStepsFor(@Param("officialId") long officialId, @Param("unitPaths") List<String> unitPaths,
			@Param("limit") int limit);

	/**
	 * The open steps of running handovers an escalation level was sent to the official
	 * about, by due day: an organizer's or supervisor's to urge until they are done.
	 */
	List<OpenStep> escalatedStepsFor(@Param("officialId") long officialId, @Param("limit") int limit);

	/** How many {@link #search} would find without its limit. */
	long count(@Param("f") HandoverFilter filter, @Param("unitPaths") List<String> unitPaths,
			@Param("partyId") Long partyId, @Param("today") LocalDate today);

	/**
	 * The handover among those {@link #search} would find that the official last acted on
	 * (audit log), or null.
	 */
	Long lastActedOn(@Param("f") HandoverFilter filter, @Param("unitPaths") List<String> unitPaths,
			@Param("partyId") Long partyId, @Param("today") LocalDate today);

	HandoverBrief brief(long id);

	/** The waiting steps of several handovers in one query, by handover then id. */
	List<WaitingStep> stepsOf(@Param("ids") java.util.Collection<Long> handoverIds);

	void insertStep(@Param("handoverId") long handoverId, @Param("kind") WaitingStepKind kind,
			@Param("subject") String subject, @Param("round") int round, @Param("startedOn") LocalDate startedOn,
			@Param("dueOn") LocalDate dueOn, @Param("nextActionAt") Instant nextActionAt);

	int closeSteps(@Param("handoverId") long handoverId, @Param("kind") WaitingStepKind kind,
			@Param("subject") String subject, @Param("at") Instant at);

	int closeAllSteps(@Param("handoverId") long handoverId, @Param("at") Instant at);

	Integer lastRound(@Param("handoverId") long handoverId, @Param("kind") WaitingStepKind kind,
			@Param("subject") String subject);

	List<WaitingStep> steps(long handoverId);

	/** A running handover that a new one would clash with. */
	record Clash(long id, long departingId, long successorId) {
	}

	class IdHolder {

		public Long id;

	}

}
