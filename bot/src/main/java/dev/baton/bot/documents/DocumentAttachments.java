package dev.baton.bot.documents;

import dev.baton.bot.delivery.Attachments;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/** The 交接书 copies sent through the outbox (#15): made from the handover's frozen record at each attempt. */
@Component
class DocumentAttachments implements Attachments {

	private final HandoverRecords records;

	private final HandoverFiles files;

	DocumentAttachments(HandoverRecords records, HandoverFiles files) {
		this.records = records;
		this.files = files;
	}

	@Override
	public OutboundMessage.File file(long handoverId, String format, String caption) {
		DocumentFile file = files.file(records.find(handoverId), DocumentFormat.of(format));
		return new OutboundMessage.File(file.fileName(), file.contentType(), file.bytes(), caption);
	}

}
