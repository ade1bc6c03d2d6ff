package dev.baton.bot.escalation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EscalationMapper {

	/** Steps whose next action is due, oldest first: an index range scan on next_action_at. */
	List<Long> dueStepIds(@Param("now") Instant now, @Param("limit") int limit);

	/**
	 * Locks those of the steps that are still open and due, skipping the ones another sweep holds (it is handling
	 * them; if it fails, they stay due for the next sweep).
	 */
	List<Long> lockDue(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

	List<DueStep> describe(@Param("ids") Collection<Long> ids);

	List<Recorded> recorded(@Param("ids") Collection<Long> ids);

	/** One statement for a batch; a duplicate (step, stage) fails it, and the caller's transaction with it. */
	void insertNotices(@Param("rows") List<NoticeRow> rows, @Param("firedAt") Instant firedAt);

	/** One statement for a batch of steps. */
	void setNextActions(@Param("next") List<NextAction> next);

	List<EscalationNotice> notices(long handoverId);

	record NoticeRow(long stepId, long handoverId, String stage, int level, String outcome, Instant scheduledAt,
			int recipients) {
	}

	record NextAction(long stepId, Instant at) {
	}

	/** A stage already recorded for a step. */
	record Recorded(long stepId, String stage) {
	}

}
