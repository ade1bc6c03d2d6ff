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

	List<Account> accounts(@Param("officialIds") java.util.Collection<Long> officialIds);

	void insertDeliveries(@Param("rows") List<NewDelivery> rows, @Param("at") Instant at);

	void markOutbox(@Param("ids") List<Long> ids, @Param("status") String status, @Param("error") String error);

	/** The chat groups bound to these units. */
	List<Group> groups(@Param("unitIds") java.util.Collection<Long> unitIds);

	record NewDelivery(long outboxId, Platform platform, String corpId, TargetKind targetKind, String userId,
			String contentKey, String body) {
	}

	record Group(long unitId, Platform platform, String corpId, String groupId) {
	}

	List<PendingDelivery> claimPending(@Param("now") Instant now, @Param("limit") int limit);

	void insertBatch(@Param("b") BatchRow batch);

	void deferDelivery(@Param("id") long id, @Param("availableAt") Instant availableAt, @Param("error") String error);

	void assignBatch(@Param("batchId") long batchId, @Param("ids") List<Long> deliveryIds);

	List<DeliveryBatch> claimBatches(@Param("now") Instant now, @Param("limit") int limit);

	List<DeliveryBatch> claimLapsedBatches(@Param("now") Instant now, @Param("limit") int limit);

	void leaseBatch(@Param("id") long id, @Param("instance") String instance, @Param("until") Instant until);

	void finishBatch(@Param("id") long id, @Param("status") String status, @Param("error") String error,
			@Param("at") Instant at);

	void deferBatch(@Param("id") long id, @Param("availableAt") Instant availableAt);

	void retryBatch(@Param("id") long id, @Param("availableAt") Instant availableAt, @Param("error") String error);

	void markDeliveries(@Param("batchId") long batchId, @Param("users") List<String> users,
			@Param("status") String status, @Param("error") String error, @Param("at") Instant at);

	/**
	 * Puts deliveries of a batch back in the queue, out of the batch, to be batched again
	 * later.
	 */
	void requeue(@Param("batchId") long batchId, @Param("users") List<String> users,
			@Param("availableAt") Instant availableAt, @Param("error") String error);

	/**
	 * A chat account of a recipient; {@code english} the language its owner chose for it
	 * (V64; null: none chosen, Chinese).
	 */
	record Account(long officialId, Platform platform, String corpId, String userId, Boolean english) {

		boolean inEnglish() {
			return Boolean.TRUE.equals(english);
		}

	}

	/**
	 * Whether the handover's notice is acknowledged (签收) already: its notice then carries
	 * no 签收 card to press (issue #17).
	 */
	@org.apache.ibatis.annotations.Select("SELECT COUNT(*) FROM handover WHERE id = #{id} AND acknowledged_at IS NOT NULL")
	int acknowledged(@Param("id") long handoverId);

	/**
	 * A card a notice carries (the notice's 签收), kept with the conversation's cards
	 * ({@code chat_card}), with its title: a later reply names the card by it (#12,
	 * newcomer 18: 「我该干什么」 named it 待您回答的问题).
	 */
	@org.apache.ibatis.annotations.Insert("INSERT INTO chat_card (card_id, official_id, platform, corp_id, user_id,"
			+ " handover_id, kind, item_seq, review_round, english, sent_at, title) VALUES (#{cardId}, #{officialId},"
			+ " #{platform}, #{corpId}, #{userId}, #{handoverId}, 'ack', 0, 0, #{english}, #{at}, #{title})")
	void keepCard(@Param("cardId") String cardId, @Param("officialId") long officialId,
			@Param("platform") String platform, @Param("corpId") String corpId, @Param("userId") String userId,
			@Param("handoverId") long handoverId, @Param("english") boolean english, @Param("at") Instant at,
			@Param("title") String title);

	/**
	 * What the platform gave back for a card a notice carried, to update it later
	 * (WeCom's response_code).
	 */
	@org.apache.ibatis.annotations.Update("UPDATE chat_card SET response_code = #{code} WHERE card_id = #{cardId}"
			+ " AND platform = #{platform} AND corp_id = #{corpId} AND response_code IS NULL")
	void recordCardResponse(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("cardId") String cardId, @Param("code") String code);

	/** Insert parameters with the generated key written back. */
	class BatchRow {

		public Long id;

		public Platform platform;

		public String corpId;

		public TargetKind targetKind = TargetKind.USER;

		public String contentKey;

		public String body;

		public String recipients;

		public int size;

		public Instant at;

	}

}
