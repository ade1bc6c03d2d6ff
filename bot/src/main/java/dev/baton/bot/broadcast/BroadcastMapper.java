package dev.baton.bot.broadcast;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BroadcastMapper {

	List<Broadcast> all();

	Broadcast find(long id);

	void insert(@Param("d") BroadcastDraft draft, @Param("zone") String zone, @Param("at") Instant at,
			@Param("holder") IdHolder holder);

	int update(@Param("id") long id, @Param("d") BroadcastDraft draft, @Param("zone") String zone,
			@Param("at") Instant at);

	int delete(long id);

	int deleteRuns(long broadcastId);

	/**
	 * Claims a run; a duplicate (broadcast, fire time) fails: that run was sent already.
	 */
	void insertRun(@Param("broadcastId") long broadcastId, @Param("fireTime") Instant fireTime,
			@Param("ranAt") Instant ranAt, @Param("outcome") String outcome, @Param("recipients") int recipients);

	List<StateCount> countByState(@Param("unitPath") String unitPath);

	List<OverdueStep> overdue(@Param("unitPath") String unitPath, @Param("today") java.time.LocalDate today);

	List<Long> running(@Param("unitPath") String unitPath);

	class IdHolder {

		public Long id;

	}

	record StateCount(String state, long handovers) {
	}

	record OverdueStep(long handoverId, String unit, String departing, String step, String subject, int round,
			java.time.LocalDate dueOn) {
	}

}
