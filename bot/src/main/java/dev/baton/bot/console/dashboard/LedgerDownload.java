package dev.baton.bot.console.dashboard;

import dev.baton.bot.access.Actor;
import dev.baton.bot.documents.DocumentFile;
import dev.baton.bot.documents.LedgerWorkbooks;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The ledger (台账) of the handovers under a unit from the console's 督办 page (#15): the
 * workbook GET /api/units/{id}/ledger.xlsx and "台账" in chat give, for whoever oversees
 * the unit's handovers.
 */
@Controller
class LedgerDownload {

	private final LedgerWorkbooks ledgers;

	LedgerDownload(LedgerWorkbooks ledgers) {
		this.ledgers = ledgers;
	}

	@GetMapping("/console/units/{unitId}/ledger.xlsx")
	ResponseEntity<byte[]> ledger(Actor actor, @PathVariable long unitId) {
		DocumentFile file = ledgers.ledger(unitId, actor.officialId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
			.cacheControl(CacheControl.noStore())
			.body(file.bytes());
	}

}
