package dev.baton.bot.console.record;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.audit.HandoverChainCheck;
import dev.baton.bot.audit.AuditVerifier;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.documents.DocumentFile;
import dev.baton.bot.documents.DocumentFormat;
import dev.baton.bot.documents.HandoverFiles;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverReviewers;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.SuccessorCandidates;
import dev.baton.bot.policy.DeadlineUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/handovers/{id}}: one handover's whole record for whoever may see it,
 * with the actions the reader may take on it (their forms post to {@link RecordActions}),
 * its documents to download and the audit trail's check.
 */
@Controller
class RecordPage {

	private final HandoverRecord records;

	private final HandoverService handovers;

	private final HandoverRecords handoverRecords;

	private final HandoverFiles files;

	private final AuditVerifier verifier;

	private final Directory directory;

	private final PageTexts texts;

	private final HandoverReviewers reviewers;

	private final SuccessorCandidates candidates;

	RecordPage(HandoverRecord records, HandoverService handovers, HandoverRecords handoverRecords, HandoverFiles files,
			AuditVerifier verifier, Directory directory, PageTexts texts, HandoverReviewers reviewers,
			SuccessorCandidates candidates) {
		this.candidates = candidates;
		this.reviewers = reviewers;
		this.records = records;
		this.handovers = handovers;
		this.handoverRecords = handoverRecords;
		this.files = files;
		this.verifier = verifier;
		this.directory = directory;
		this.texts = texts;
	}

	@GetMapping("/console/handovers/{id}")
	String record(Actor actor, @PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String cancel, Model model) {
		RecordView view = records.view(actor, id);
		// ?cancel (the opening page's link when a running handover clashes): the 取消交接
		// form open
		model.addAttribute("cancelOpen", cancel != null);
		model.addAttribute("view", view);
		model.addAttribute("h", view.record());
		model.addAttribute("fmt", texts);
		model.addAttribute("readerId", actor.officialId());
		model.addAttribute("units", DeadlineUnit.values());
		// newcomer 15: a party who also reviews, said again while the reviews are to do
		Handover h = handovers.get(actor, id);
		model.addAttribute("conflicts",
				reviewers.parties(h, h.successorId()).stream().map(c -> c.sayOnConsole(texts::text)).toList());
		model.addAttribute("conflictsUnit", h.unitId());
		if (view.actions().changeSuccessor()) {
			var summary = view.record().summary();
			model.addAttribute("candidates",
					candidates.of(actor, summary.unit().id(), summary.departing().id(), summary.successor().id()));
		}
		return "console/record";
	}

	/**
	 * The 交接书 (pdf, docx) or the 交接表 (xlsx) of an archived handover, as the API's
	 * documents endpoint gives them.
	 */
	@GetMapping("/console/handovers/{id}/documents/{format}")
	ResponseEntity<byte[]> document(Actor actor, @PathVariable long id, @PathVariable String format) {
		DocumentFormat f = DocumentFormat.of(format);
		DocumentFile file = files.file(handovers.get(actor, id), f);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
			.cacheControl(CacheControl.noStore())
			.body(file.bytes());
	}

	/**
	 * Checks this handover's own audit chain and the checkpoints that anchor it, and says
	 * whether they hold (how many entries, anchored up to which by which checkpoint), or
	 * what is broken where, for whoever may see the handover: the check reads that chain
	 * and its checkpoints only, never another handover's rows.
	 */
	@PostMapping("/console/handovers/{id}/audit/verify")
	String verify(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		Handover h = handovers.get(actor, id);
		handoverRecords.require(actor, Action.VIEW_HANDOVER, h);
		HandoverChainCheck result = verifier.verifyHandover(h.id());
		String said;
		if (!result.intact()) {
			said = texts.text("supervision.audit.broken", result.problem());
		}
		else {
			said = texts.text("supervision.audit.chainIntact", h.id(), result.entries());
			said += result.checkpoint() == null ? texts.text("supervision.audit.notAnchored")
					: texts.text("supervision.audit.anchored", result.anchoredUpTo(), result.checkpoint(),
							texts.time(result.checkpointAt()), result.checkpoints(), result.checkpointHash());
			if (result.unanchored() > 0 && result.checkpoint() != null) {
				said += texts.text("supervision.audit.unanchored", result.unanchored());
			}
			if (result.legacyEntries() > 0) {
				said += texts.text("supervision.audit.legacy", result.legacyEntries());
			}
		}
		redirect.addFlashAttribute("verification", said);
		redirect.addFlashAttribute("verificationIntact", result.intact());
		return "redirect:/console/handovers/" + id + "#audit";
	}

}
