package dev.baton.bot.outbox;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OutboxMapper {

	void insertAll(@Param("rows") List<Row> rows, @Param("at") Instant at);

	List<OutboxMessage> forHandover(long handoverId);

	record Row(Long handoverId, OutboxEvent event, Long recipientId, Long groupUnitId, boolean confidential,
			String payload) {
	}

}
