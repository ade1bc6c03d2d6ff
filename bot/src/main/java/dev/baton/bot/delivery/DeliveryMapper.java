package dev.baton.bot.delivery;

import java.time.Instant;
import java.util.List;

import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.integrations.chat.Platform;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DeliveryMapper {

	List<OutboxMessage> claimOutbox(@Param("now") Instant now, @Param("limit") int limit);

	List<Account> accounts(long officialId);

	void insertDelivery(@Param("outboxId") long outboxId, @Param("platform") Platform platform,
			@Param("corpId") String corpId, @Param("userId") String userId, @Param("contentKey") String contentKey,
			@Param("body") String body, @Param("at") Instant at);

	void markOutbox(@Param("id") long id, @Param("status") String status, @Param("error") String error);

	List<PendingDelivery> claimPending(@Param("now") Instant now, @Param("limit") int limit);

	void insertBatch(@Param("b") BatchRow batch);

	void assignBatch(@Param("batchId") long batchId, @Param("ids") List<Long> deliveryIds);

	List<DeliveryBatch> claimBatches(@Param("now") Instant now, @Param("limit") int limit);

	void leaseBatch(@Param("id") long id, @Param("instance") String instance, @Param("until") Instant until);

	void finishBatch(@Param("id") long id, @Param("status") String status, @Param("error") String error,
			@Param("at") Instant at);

	void retryBatch(@Param("id") long id, @Param("availableAt") Instant availableAt, @Param("error") String error);

	void markDeliveries(@Param("batchId") long batchId, @Param("users") List<String> users,
			@Param("status") String status, @Param("error") String error, @Param("at") Instant at);

	/** Puts deliveries of a batch back in the queue, out of the batch, to be batched again later. */
	void requeue(@Param("batchId") long batchId, @Param("users") List<String> users,
			@Param("availableAt") Instant availableAt, @Param("error") String error);

	record Account(Platform platform, String corpId, String userId) {
	}

	/** Insert parameters with the generated key written back. */
	class BatchRow {

		public Long id;

		public Platform platform;

		public String corpId;

		public String contentKey;

		public String body;

		public String recipients;

		public int size;

		public Instant at;

	}

}
