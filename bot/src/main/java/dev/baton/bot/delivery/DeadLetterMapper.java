package dev.baton.bot.delivery;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DeadLetterMapper {

	/**
	 * The newest dead letters for officials and groups of the units under {@code path},
	 * newest first.
	 */
	List<DeadLetter> under(@Param("path") String path, @Param("limit") int limit);

	/** Locks the row; null if there is none. */
	Target reply(long id);

	Target delivery(long id);

	Target outbox(long id);

	Target inbox(long id);

	int retryInbox(@Param("id") long id, @Param("now") java.time.Instant now);

	int discardReply(@Param("id") long id, @Param("now") java.time.Instant now);

	int discardDelivery(@Param("id") long id, @Param("now") java.time.Instant now);

	int discardOutbox(@Param("id") long id, @Param("now") java.time.Instant now);

	int discardInbox(@Param("id") long id, @Param("now") java.time.Instant now);

	int retryReply(@Param("id") long id, @Param("now") java.time.Instant now);

	int retryDelivery(@Param("id") long id, @Param("now") java.time.Instant now);

	int retryOutbox(@Param("id") long id, @Param("now") java.time.Instant now);

	/**
	 * A dead letter about to be retried: the unit whose people may, its handover (if
	 * any), what it was, its status; where it was to go (a reply's or a delivery's
	 * platform and corp, else null) and why it last failed.
	 */
	record Target(long id, String unitPath, Long handoverId, String event, String status, String platform,
			String corpId, String lastError) {
	}

}
