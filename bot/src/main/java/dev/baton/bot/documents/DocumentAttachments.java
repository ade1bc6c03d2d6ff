package dev.baton.bot.documents;

import dev.baton.bot.delivery.Attachments;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * The 交接书 copies sent through the outbox (#15): made from the handover's frozen record at
 * each attempt; and the ledger (台账) asked for in chat, made in the asker's scope when it
 * is sent.
 */
@Component
class DocumentAttachments implements Attachments {

	private final HandoverRecords records;

	private final HandoverFiles files;

	private final org.springframework.beans.factory.ObjectProvider<LedgerWorkbooks> ledgers;

	DocumentAttachments(HandoverRecords records, HandoverFiles files,
			org.springframework.beans.factory.ObjectProvider<LedgerWorkbooks> ledgers) {
		this.records = records;
		this.files = files;
		this.ledgers = ledgers;
	}

	@Override
	public OutboundMessage.File file(long handoverId, String format, String caption) {
		DocumentFile file = files.file(records.find(handoverId), DocumentFormat.of(format));
		return new OutboundMessage.File(file.fileName(), file.contentType(), file.bytes(), caption);
	}

	@Override
	public OutboundMessage.File ledger(long unitId, long officialId, String caption) {
		DocumentFile file = ledgers.getObject().ledger(unitId, officialId);
		return new OutboundMessage.File(file.fileName(), file.contentType(), file.bytes(), caption);
	}

}
