package dev.baton.bot.web;

import dev.baton.bot.access.Actor;
import dev.baton.bot.documents.DocumentFile;
import dev.baton.bot.documents.DocumentFormat;
import dev.baton.bot.documents.HandoverFiles;
import dev.baton.bot.handover.HandoverService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads (#15): the 交接书 of an archived handover as PDF or Word and its 交接表 as Excel,
 * for whoever may see the handover; the ledger (台账) of the handovers under a unit as
 * Excel, for whoever oversees the unit's handovers.
 */
@RestController
class DocumentController {

	private final HandoverService handovers;

	private final HandoverFiles files;

	private final Ledgers ledgers;

	DocumentController(HandoverService handovers, HandoverFiles files, Ledgers ledgers) {
		this.handovers = handovers;
		this.files = files;
		this.ledgers = ledgers;
	}

	/**
	 * {@code format}: pdf or docx (the 交接书), xlsx (the two 交接表); 409 while the handover
	 * is not archived.
	 */
	@GetMapping("/api/handovers/{id}/documents/{format}")
	ResponseEntity<byte[]> document(Actor actor, @PathVariable long id, @PathVariable String format) {
		DocumentFormat f = DocumentFormat.of(format);
		DocumentFile file = files.file(handovers.get(actor, id), f);
		return download(file);
	}

	@GetMapping("/api/units/{id}/ledger.xlsx")
	ResponseEntity<byte[]> ledger(Actor actor, @PathVariable long id) {
		DocumentFile file = ledgers.ledger(actor, id);
		return download(file);
	}

	private static ResponseEntity<byte[]> download(DocumentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
			.cacheControl(CacheControl.noStore())
			.body(file.bytes());
	}

}
