package dev.baton.bot.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FollowUpMapper {

	void insertPlan(@Param("handoverId") long handoverId, @Param("itemId") long itemId,
			@Param("submittedBy") long submittedBy, @Param("at") Instant at, @Param("holder") IdHolder holder);

	boolean planExists(long itemId);

	List<Long> plannedItemIds(long handoverId);

	void insertStep(@Param("planId") long planId, @Param("seq") int seq, @Param("description") String description,
			@Param("dueOn") LocalDate dueOn);

	List<FollowUpStep> steps(long handoverId);

	int completeStep(@Param("id") long id, @Param("at") Instant at);

	void insertProgress(@Param("stepId") long stepId, @Param("note") String note, @Param("evidence") String evidence,
			@Param("completes") boolean completes, @Param("reportedBy") long reportedBy, @Param("at") Instant at);

	/** The reports that stand (none taken back), oldest first. */
	List<Progress> progress(long handoverId);

	/** Every report, those taken back too, oldest first: a step's history. */
	List<ReportedProgress> history(long handoverId);

	Progress lastStanding(@Param("handoverId") long handoverId, @Param("reportedBy") long reportedBy);

	Long maxProgressId();

	/**
	 * The newest standing report by one person on the handover with an id above
	 * {@code after}; null when none.
	 */
	Long reportedAfter(@Param("handoverId") long handoverId, @Param("after") long after,
			@Param("reportedBy") long reportedBy);

	int withdrawProgress(@Param("id") long id, @Param("by") long by, @Param("at") Instant at);

	int withdrawCompletion(@Param("stepId") long stepId, @Param("by") long by, @Param("at") Instant at);

	int reopenStep(long id);

	int changeStep(@Param("id") long id, @Param("dueOn") LocalDate dueOn, @Param("description") String description);

	class IdHolder {

		public Long id;

	}

}
