package dev.baton.bot.inbox;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InboxMapper {

	/**
	 * Due rows of the lane whose sender has no earlier row still open (waiting or being
	 * handled): the oldest of each person, never two of one person's. Rows another worker
	 * is claiming are skipped, not waited for.
	 */
	List<InboxRow> claim(@Param("lane") String lane, @Param("now") Instant now, @Param("limit") int limit);

	void lease(@Param("id") long id, @Param("instance") String instance, @Param("until") Instant until);

	/**
	 * @return 1 if this worker still held the row's lease
	 */
	int done(@Param("id") long id, @Param("instance") String instance, @Param("at") Instant at);

	/**
	 * Back to waiting until {@code availableAt}; {@code attempt} counts the handling
	 * failures, {@code retry} the transient ones.
	 */
	int retry(@Param("id") long id, @Param("instance") String instance, @Param("availableAt") Instant availableAt,
			@Param("attempt") int attemptIncrement, @Param("retry") int retryIncrement, @Param("error") String error);

	int dead(@Param("id") long id, @Param("instance") String instance, @Param("error") String error,
			@Param("at") Instant at);

	InboxRow byId(@Param("id") long id);

	int purgeDone(@Param("before") Instant before, @Param("limit") int limit);

	int purgeOutboxBodies(@Param("before") Instant before, @Param("limit") int limit);

	int purgeDeliveryBodies(@Param("before") Instant before, @Param("limit") int limit);

	int purgeBatchBodies(@Param("before") Instant before, @Param("limit") int limit);

	/** A row to store: written by {@link InboxRowsInsert}. */
	record NewRow(String lane, String platform, String eventHash, String eventKey, String senderKey, String body,
			Instant at) {
	}

}
