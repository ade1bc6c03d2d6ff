package dev.baton.bot.console.directory;

import java.io.IOException;
import java.io.InputStream;

import dev.baton.bot.access.Actor;
import dev.baton.bot.documents.DocumentFile;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.roster.RosterFile;
import dev.baton.bot.roster.RosterFileException;
import dev.baton.bot.roster.RosterImport;
import dev.baton.bot.roster.RosterRefusedException;
import dev.baton.bot.roster.RosterReport;
import dev.baton.bot.roster.RosterTemplate;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.ConflictException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * {@code /console/directory/roster}: the roster import in three steps, through the same
 * {@link RosterImport} as {@code /api/directory/roster}: upload the .xlsx (a form
 * upload), read the dry run's report (what would be created or changed, each refused row
 * with its line and cell, and why), then apply it. The checked file is kept in the
 * session ({@link HeldRoster}) so that applying imports exactly what the report was
 * about. A file that cannot be taken (not an .xlsx, a column missing, too large…) is
 * refused on the upload page with the reason; a report with a refused row cannot be
 * applied, and an import that finds one changes nothing and shows the report again.
 */
@Controller
class RosterPage {

	static final String PATH = "/console/directory/roster";

	private static final String UPLOAD = "console/directory/roster";

	private static final String REPORT = "console/directory/roster-report";

	private final RosterImport roster;

	private final RosterTemplate template;

	private final PageTexts texts;

	RosterPage(RosterImport roster, RosterTemplate template, PageTexts texts) {
		this.roster = roster;
		this.template = template;
		this.texts = texts;
	}

	@GetMapping(PATH)
	String upload(Actor actor, Model model) {
		roster.requireManager(actor);
		return upload(model);
	}

	@GetMapping(PATH + "/template")
	ResponseEntity<byte[]> template(Actor actor) {
		roster.requireManager(actor);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		headers.set(HttpHeaders.CONTENT_DISPOSITION,
				DocumentFile.contentDisposition(RosterTemplate.FILE_NAME, RosterTemplate.ASCII_NAME));
		return ResponseEntity.ok().headers(headers).body(template.bytes());
	}

	/** The dry run: the report, nothing changed; the file is kept for applying. */
	@PostMapping(PATH + "/check")
	String check(Actor actor, HttpServletRequest request, HttpServletResponse response, Model model) {
		roster.requireManager(actor);
		Part part;
		try {
			part = request.getPart("file");
		}
		catch (MultipartException | IllegalStateException | IOException | ServletException ex) {
			return refusedFile(tooLargeOrUnreadable(ex), response, model);
		}
		if (part == null || part.getSize() == 0) {
			return refusedFile(new RosterFileException("consoleDirectory.roster.noFile", "choose a file"), response,
					model);
		}
		RosterFile file;
		try (InputStream body = part.getInputStream()) {
			file = RosterFile.receive(body);
		}
		catch (IOException ex) {
			return refusedFile(new RosterFileException("roster.file.unreadable", ex.getMessage()), response, model);
		}
		boolean kept = false;
		try {
			RosterReport report = roster.check(actor, file);
			HttpSession session = request.getSession();
			HeldRoster.keep(session, file, fileName(part));
			kept = true;
			return report(report, HeldRoster.fileName(session), model);
		}
		catch (RosterFileException ex) {
			return refusedFile(ex, response, model);
		}
		finally {
			if (!kept) {
				file.close();
			}
		}
	}

	/**
	 * Imports the file whose report was shown ({@code sha256}); refused, with nothing
	 * changed, when the session holds no such file (applied already, another checked
	 * since, the session ended) or any row is refused.
	 */
	@PostMapping(PATH + "/import")
	String apply(Actor actor, @RequestParam(required = false) String sha256, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		roster.requireManager(actor);
		HttpSession session = request.getSession();
		RosterFile file = HeldRoster.held(session, sha256);
		if (file == null) {
			return refusedFile(new RosterFileException(409, "consoleDirectory.roster.notHeld",
					"check the file again before importing it"), response, model);
		}
		String name = HeldRoster.fileName(session);
		try {
			RosterReport report = roster.importRoster(actor, file);
			HeldRoster.forget(session);
			return report(report, name, model);
		}
		catch (RosterRefusedException ex) {
			response.setStatus(422);
			model.addAttribute("refusal", texts.text("consoleDirectory.roster.refused", ex.arguments()));
			return report(ex.report(), name, model);
		}
		catch (RosterFileException | ConflictException ex) {
			return refusedFile(ex, response, model);
		}
	}

	private String report(RosterReport report, String fileName, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("fileName", fileName);
		return REPORT;
	}

	private String refusedFile(BatonException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex instanceof RosterFileException file ? file.status() : 409);
		// where the API's words name an API path, the page has its own
		// (consoleDirectory.roster.file.notXlsx)
		String own = texts.text("consoleDirectory." + ex.messageKey(), ex.arguments());
		model.addAttribute("refusal", own.startsWith("consoleDirectory.") ? texts.refusal(ex) : own);
		return upload(model);
	}

	private String upload(Model model) {
		model.addAttribute("maxMegabytes", Math.max(1, roster.properties().maxBytes() >> 20));
		model.addAttribute("maxRows", roster.properties().maxRows());
		return UPLOAD;
	}

	/**
	 * A part over the limit says the limit; anything else that broke the upload says it
	 * could not be read.
	 */
	private RosterFileException tooLargeOrUnreadable(Exception ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			if (t instanceof MaxUploadSizeExceededException || name.contains("SizeLimitExceeded")
					|| name.contains("SizeException")) {
				return new RosterFileException(413, "roster.file.tooLarge", "the file is too large",
						roster.properties().maxBytes() / 1024, roster.properties().maxBytes());
			}
		}
		return new RosterFileException("roster.file.unreadable", String.valueOf(ex.getMessage()));
	}

	private static String fileName(Part part) {
		String name = part.getSubmittedFileName();
		return name == null || name.isBlank() ? null : name.replaceAll("[\\p{Cntrl}]", "");
	}

}
