package dev.baton.bot.outbox;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OutboxMapper {

	void insert(@Param("handoverId") Long handoverId, @Param("event") OutboxEvent event,
			@Param("recipientId") long recipientId, @Param("confidential") boolean confidential,
			@Param("payload") String payload, @Param("at") Instant at);

	void insertAll(@Param("rows") List<Row> rows, @Param("at") Instant at);

	List<OutboxMessage> forHandover(long handoverId);

	record Row(Long handoverId, OutboxEvent event, long recipientId, boolean confidential, String payload) {
	}

}
