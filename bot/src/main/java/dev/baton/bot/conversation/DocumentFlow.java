package dev.baton.bot.conversation;

import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Action;
import dev.baton.bot.documents.NotArchivedException;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.outbox.OutboxEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 交接书 12 (1:1 only; a group is told to ask 1:1): the archived handover's 交接书 goes to the person as a file, for
 * whoever may see the handover. It goes through the outbox like the copies sent at the archive, so it reaches the
 * person's chat accounts with retries, and a failure is a dead letter the organizer sees.
 */
@Component
class DocumentFlow {

	private final HandoverRecords records;

	DocumentFlow(HandoverRecords records) {
		this.records = records;
	}

	@Transactional
	Answer send(Turn turn) {
		Handover h = records.find(turn.handover().id());
		records.require(turn.actor(), Action.VIEW_HANDOVER, h);
		if (h.archiveSha256() == null) {
			throw new NotArchivedException(h.id());
		}
		records.notify(h, OutboxEvent.DOCUMENT_REQUESTED, List.of(turn.actor().officialId()), true,
				Map.of("document", "pdf", "sha256", h.archiveSha256()));
		records.audit(h, turn.actor(), "DOCUMENT_REQUESTED", Map.of("format", "pdf"));
		return turn.say("conv.document.sent", h.id());
	}

}
