package dev.baton.bot.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HandoverMapper {

	void insert(@Param("h") Handover handover, @Param("holder") IdHolder holder);

	Handover find(long id);

	/** The row locked until the transaction ends: one change at a time per handover. */
	Handover lock(long id);

	int update(@Param("h") Handover handover);

	/** Locks the official's row: opening handovers for one official happens one at a time. */
	Long lockOfficial(long officialId);

	/**
	 * The official's running handovers in the unit, read with locks: a locking read sees the latest committed rows,
	 * where a plain read under REPEATABLE READ would see the transaction's older snapshot.
	 */
	List<Long> lockRunning(@Param("departingId") long departingId, @Param("unitId") long unitId);

	List<Handover> search(@Param("f") HandoverFilter filter, @Param("unitPaths") List<String> unitPaths,
			@Param("partyId") Long partyId, @Param("today") LocalDate today);

	void insertStep(@Param("handoverId") long handoverId, @Param("kind") WaitingStepKind kind,
			@Param("subject") String subject, @Param("round") int round, @Param("startedOn") LocalDate startedOn,
			@Param("dueOn") LocalDate dueOn, @Param("nextActionAt") Instant nextActionAt);

	int closeSteps(@Param("handoverId") long handoverId, @Param("kind") WaitingStepKind kind,
			@Param("subject") String subject, @Param("at") Instant at);

	int closeAllSteps(@Param("handoverId") long handoverId, @Param("at") Instant at);

	Integer lastRound(@Param("handoverId") long handoverId, @Param("kind") WaitingStepKind kind,
			@Param("subject") String subject);

	List<WaitingStep> steps(long handoverId);

	class IdHolder {

		public Long id;

	}

}
