package dev.baton.bot.console.record;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.baton.bot.outbox.OutboxEvent;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RecordMapper {

	/**
	 * Every notice of the handover (the outbox rows), oldest first, with whom or which
	 * unit's groups it was for.
	 */
	List<NoticeRow> notices(long handoverId);

	/**
	 * The deliveries of the handover's notices to chat accounts and groups, oldest first.
	 */
	List<DeliveryRow> deliveries(long handoverId);

	/**
	 * The officials the handover's reminders and escalations were sent to, oldest first,
	 * with each message's payload (its stepId and stage).
	 */
	List<StageRecipientRow> stageRecipients(long handoverId);

	record StageRecipientRow(String payload, String recipientName) {
	}

	/** Officials' names by id. */
	List<Name> names(@Param("ids") Collection<Long> ids);

	record NoticeRow(long id, OutboxEvent event, Long recipientId, String recipientName, Long groupUnitId,
			String groupUnitName, boolean confidential, String status, String lastError, Instant createdAt) {
	}

	record DeliveryRow(long id, long outboxId, String platform, String targetKind, String userId, String status,
			int attempts, Instant sentAt, String lastError) {
	}

	record Name(long id, String name) {
	}

}
