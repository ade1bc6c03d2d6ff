package dev.baton.bot.outbox;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OutboxMapper {

	void insertAll(@Param("rows") List<Row> rows, @Param("at") Instant at);

	List<OutboxMessage> forHandover(long handoverId);

	void insertBundle(@Param("notifications") String notifications, @Param("at") Instant at);

	List<Bundle> claimBundles(@Param("limit") int limit);

	void deleteBundles(@Param("ids") List<Long> ids);

	record Row(Long handoverId, OutboxEvent event, Long recipientId, Long groupUnitId, boolean confidential,
			String payload) {
	}

	record Bundle(long id, String notifications, Instant createdAt) {
	}

}
