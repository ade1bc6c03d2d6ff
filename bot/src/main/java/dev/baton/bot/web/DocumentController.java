package dev.baton.bot.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.documents.ArchiveDateLookup;
import dev.baton.bot.documents.DocumentFile;
import dev.baton.bot.documents.DocumentFormat;
import dev.baton.bot.documents.HandoverFiles;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.system.TimeSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads (#15): the 交接书 of an archived handover as PDF or Word and its 交接表 as Excel, for whoever may see the
 * handover; the ledger (台账) of the handovers under a unit as Excel, for whoever oversees the unit's handovers.
 */
@RestController
class DocumentController {

	/** The most handovers one ledger lists (newest first). */
	static final int LEDGER_MAX = 10_000;

	private final HandoverService handovers;

	private final HandoverFiles files;

	private final HandoverViews views;

	private final Directory directory;

	private final Access access;

	private final LedgerXlsx ledger;

	private final ArchiveDateLookup dates;

	private final TimeSource time;

	DocumentController(HandoverService handovers, HandoverFiles files, HandoverViews views, Directory directory,
			Access access, LedgerXlsx ledger, ArchiveDateLookup dates, TimeSource time) {
		this.handovers = handovers;
		this.files = files;
		this.views = views;
		this.directory = directory;
		this.access = access;
		this.ledger = ledger;
		this.dates = dates;
		this.time = time;
	}

	/** {@code format}: pdf or docx (the 交接书), xlsx (the two 交接表); 409 while the handover is not archived. */
	@GetMapping("/api/handovers/{id}/documents/{format}")
	ResponseEntity<byte[]> document(Actor actor, @PathVariable long id, @PathVariable String format) {
		DocumentFormat f = DocumentFormat.of(format);
		DocumentFile file = files.file(handovers.get(actor, id), f);
		return download(file.fileName(), file.contentType(), file.bytes());
	}

	@GetMapping("/api/units/{id}/ledger.xlsx")
	ResponseEntity<byte[]> ledger(Actor actor, @PathVariable long id) {
		OrgUnit unit = directory.unit(id);
		access.require(actor, Action.VIEW_LEDGER, Subject.unit(unit.path()));
		List<HandoverBrief> all = new ArrayList<>();
		Long before = null;
		while (all.size() < LEDGER_MAX) {
			List<HandoverBrief> page = handovers.list(actor,
					new HandoverFilter(null, id, null, before, HandoverFilter.MAX_LIMIT));
			all.addAll(page);
			if (page.size() < HandoverFilter.MAX_LIMIT) {
				break;
			}
			before = page.get(page.size() - 1).id();
		}
		List<HandoverSummary> summaries = views.summaries(actor, all);
		byte[] bytes = ledger.render(unit.name(), summaries,
				dates.of(summaries.stream().map(HandoverSummary::id).toList()), time.zone());
		return download("交接台账-" + unit.name().replaceAll("[\\\\/:*?\"<>|\\s]", "") + "-" + time.today() + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
	}

	private static ResponseEntity<byte[]> download(String fileName, String contentType, byte[] bytes) {
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + fileName.replaceAll("[^\\x20-\\x7e]", "_") + "\"; filename*=UTF-8''"
							+ encoded)
			.cacheControl(CacheControl.noStore())
			.body(bytes);
	}

}
