package dev.baton.bot.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.baton.bot.access.Action;
import dev.baton.bot.documents.NotArchivedException;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverNotices;
import dev.baton.bot.outbox.OutboxEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 交接书 12 (1:1 only; a group is told to ask 1:1): the archived handover's 交接书 goes to the
 * person as a file, for whoever may see the handover. It goes through the outbox like the
 * copies sent at the archive, so it reaches the person's chat accounts with retries, and
 * a failure is a dead letter the organizer sees.
 */
@Component
class DocumentFlow {

	private final HandoverRecords records;

	private final HandoverNotices handoverNotices;

	DocumentFlow(HandoverRecords records, HandoverNotices handoverNotices) {
		this.handoverNotices = handoverNotices;
		this.records = records;
	}

	@Transactional
	Answer send(Turn turn, String words) {
		Handover h = records.find(turn.handover().id());
		records.require(turn.actor(), Action.VIEW_HANDOVER, h);
		if (h.archiveSha256() == null) {
			throw new NotArchivedException(h.id());
		}
		String format = format(words);
		// the message with the file in the person's language (newcomer 9: it stayed
		// Chinese in English mode)
		handoverNotices.notify(h, OutboxEvent.DOCUMENT_REQUESTED, List.of(turn.actor().officialId()), true,
				Map.of("document", format, "sha256", h.archiveSha256(), "variant", format, "language",
						turn.texts().english() ? "en" : "zh"));
		records.audit(h, turn.actor(), "DOCUMENT_REQUESTED", Map.of("format", format));
		return turn.say("conv.document.sent." + format, h.id());
	}

	/**
	 * The file the words ask for: the Word version ("交接书 1 Word", "要Word版"), the 交接表 in
	 * Excel ("交接表 1", "交接书 1 Excel"), else the PDF (newcomer 9: only the PDF could be had
	 * in chat, and only administrators could download the others).
	 */
	static String format(String words) {
		String w = words == null ? "" : words.toLowerCase(Locale.ROOT);
		if (w.contains("word") || w.contains("docx") || w.contains("文档")) {
			return "docx";
		}
		if (w.contains("excel") || w.contains("xlsx") || w.contains("交接表") || w.contains("表格")) {
			return "xlsx";
		}
		return "pdf";
	}

}
