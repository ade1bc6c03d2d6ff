package dev.baton.bot.delivery;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReplyMapper {

	void insertAll(@Param("rows") List<NewReply> rows, @Param("at") Instant at);

	/**
	 * The first waiting reply of each conversation that is due (SKIP LOCKED: instances
	 * never wait for each other).
	 */
	List<ReplyRow> claimHeads(@Param("now") Instant now, @Param("limit") int limit);

	void lease(@Param("id") long id, @Param("instance") String instance, @Param("until") Instant until);

	void finish(@Param("id") long id, @Param("status") String status, @Param("error") String error,
			@Param("at") Instant at);

	/** Waiting for a quota is not an attempt: the platform was not called. */
	void defer(@Param("id") long id, @Param("availableAt") Instant availableAt, @Param("error") String error);

	void retry(@Param("id") long id, @Param("availableAt") Instant availableAt, @Param("error") String error);

	/**
	 * What sending a card returned (WeCom: the code for one update of it), on the reply
	 * and on the kept card.
	 */
	void recordReplyResponse(@Param("replyId") long replyId, @Param("code") String code);

	void recordCardResponse(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("userId") String userId, @Param("cardId") String cardId, @Param("code") String code);

	/**
	 * The response code the card's send returned, from the kept card or the reply that
	 * sent it; null if none.
	 */
	String cardResponseCode(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("userId") String userId, @Param("conversationKey") String conversationKey,
			@Param("cardId") String cardId);

	/**
	 * When the newest (at most {@code limit}) messages to the conversation after
	 * {@code since} were sent.
	 */
	List<Instant> sentSince(@Param("conversationKey") String conversationKey, @Param("since") Instant since,
			@Param("limit") int limit);

	/** How many replies are waiting or being sent. */
	int unfinished();

	record NewReply(String platform, String corpId, TargetKind targetKind, String targetId, String conversationKey,
			Long officialId, String kind, String body, String cardId, String sessionWebhook, Instant sessionExpiresAt) {
	}

}
