package dev.baton.bot.conversation;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The cards sent 1:1 in the conversation, until their action is taken ({@code chat_card},
 * V13).
 */
@Mapper
interface ChatCardMapper {

	@Insert("INSERT INTO chat_card (card_id, official_id, platform, corp_id, user_id, handover_id, kind, item_seq,"
			+ " review_round, english, response_code, proposal, sent_at, title) VALUES (#{c.cardId}, #{c.officialId},"
			+ " #{c.platform}, #{c.corpId}, #{c.userId}, #{c.handoverId}, #{c.kind}, #{c.itemSeq}, #{c.reviewRound},"
			+ " #{c.english}, #{c.responseCode}, #{c.proposal}, #{at}, #{title})")
	void insert(@Param("c") LiveCard card, @Param("at") Instant at, @Param("title") String title);

	/**
	 * The person's cards on this account still undecided and not yet said to wait (V50),
	 * in the order sent.
	 */
	@Select("SELECT id, handover_id, kind, item_seq, review_round, title FROM chat_card WHERE official_id = #{officialId}"
			+ " AND platform = #{platform} AND corp_id = #{corpId} AND user_id = #{userId} AND decided_at IS NULL"
			+ " AND reminded_at IS NULL ORDER BY id")
	List<OpenCard> unreminded(@Param("officialId") long officialId, @Param("platform") String platform,
			@Param("corpId") String corpId, @Param("userId") String userId);

	/**
	 * Claims the one reply that says the card still waits: 1 for the first caller, 0
	 * after.
	 */
	@Update("UPDATE chat_card SET reminded_at = #{at} WHERE id = #{id} AND reminded_at IS NULL")
	int remind(@Param("id") long id, @Param("at") Instant at);

	/** An undecided card as a later reply names it. */
	record OpenCard(long id, long handoverId, String kind, int itemSeq, int reviewRound, String title) {
	}

	@Select("SELECT id, card_id, official_id, platform, corp_id, user_id, handover_id, kind, item_seq, review_round,"
			+ " english, response_code, proposal, outcome FROM chat_card WHERE handover_id = #{handoverId}"
			+ " AND decided_at IS NULL ORDER BY id")
	List<LiveCard> live(long handoverId);

	/**
	 * The newest card of this kind about the handover sent to the person on this account,
	 * decided or not: the card a typed yes answers (#12, t19a).
	 */
	@Select("SELECT id, card_id, official_id, platform, corp_id, user_id, handover_id, kind, item_seq, review_round,"
			+ " english, response_code, proposal, outcome FROM chat_card WHERE official_id = #{officialId}"
			+ " AND platform = #{platform} AND corp_id = #{corpId} AND user_id = #{userId}"
			+ " AND handover_id = #{handoverId} AND kind = #{kind} ORDER BY id DESC LIMIT 1")
	LiveCard newest(@Param("officialId") long officialId, @Param("platform") String platform,
			@Param("corpId") String corpId, @Param("userId") String userId, @Param("handoverId") long handoverId,
			@Param("kind") String kind);

	/**
	 * The person's undecided cards on this account about the handover that ask a yes or
	 * no question: of these kinds, or titled as Baton's question of what they meant
	 * ({@code titles}, in either language); in the order sent (newcomer 20a, finding 10).
	 */
	@Select("<script>SELECT id, card_id, official_id, platform, corp_id, user_id, handover_id, kind, item_seq,"
			+ " review_round, english, response_code, proposal, outcome FROM chat_card WHERE official_id = #{officialId}"
			+ " AND platform = #{platform} AND corp_id = #{corpId} AND user_id = #{userId}"
			+ " AND handover_id = #{handoverId} AND decided_at IS NULL AND (kind IN"
			+ " <foreach item='k' collection='kinds' open='(' separator=',' close=')'>#{k}</foreach> OR title IN"
			+ " <foreach item='t' collection='titles' open='(' separator=',' close=')'>#{t}</foreach>) ORDER BY id"
			+ "</script>")
	List<LiveCard> questions(@Param("officialId") long officialId, @Param("platform") String platform,
			@Param("corpId") String corpId, @Param("userId") String userId, @Param("handoverId") long handoverId,
			@Param("kinds") java.util.Collection<String> kinds, @Param("titles") java.util.Collection<String> titles);

	@Select("SELECT id, card_id, official_id, platform, corp_id, user_id, handover_id, kind, item_seq, review_round,"
			+ " english, response_code, proposal, outcome FROM chat_card WHERE card_id = #{cardId}"
			+ " AND official_id = #{officialId}")
	LiveCard find(@Param("cardId") String cardId, @Param("officialId") long officialId);

	/**
	 * Claims the card for its outcome: 1 for the one caller that decides it, 0 once
	 * decided.
	 */
	@Update("UPDATE chat_card SET outcome = #{outcome}, decided_at = #{at} WHERE id = #{id} AND decided_at IS NULL")
	int decide(@Param("id") long id, @Param("outcome") String outcome, @Param("at") Instant at);

	/**
	 * A card as stored: who has it where, and what it asks for.
	 *
	 * @param itemSeq the item of a confirm card, 0 otherwise
	 * @param reviewRound the handover's review round when the card was sent
	 * @param proposal what a press does when the buttons cannot say it (the words of a
	 * guessed ruling, a progress note), or null
	 * @param outcome what the card shows once decided, or null while it is live
	 */
	record LiveCard(Long id, String cardId, long officialId, String platform, String corpId, String userId,
			long handoverId, String kind, int itemSeq, int reviewRound, boolean english, String responseCode,
			String proposal, String outcome) {
	}

}
