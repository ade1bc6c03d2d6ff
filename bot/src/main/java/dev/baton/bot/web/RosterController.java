package dev.baton.bot.web;

import java.io.IOException;
import java.io.InputStream;

import dev.baton.bot.access.Actor;
import dev.baton.bot.documents.DocumentFile;
import dev.baton.bot.roster.RosterFile;
import dev.baton.bot.roster.RosterFileException;
import dev.baton.bot.roster.RosterImport;
import dev.baton.bot.roster.RosterReport;
import dev.baton.bot.roster.RosterTemplate;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster import over REST: the template, the dry run and the import. The body of a
 * check or an import is the .xlsx itself,
 * {@code Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}
 * (no form encoding); any other content type is refused with 415 before the body is read,
 * and a body over {@code baton.roster.max-bytes} with 413 as soon as it passes the limit.
 */
@RestController
@RequestMapping(RosterController.PATH)
class RosterController {

	static final String PATH = "/api/directory/roster";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final RosterImport roster;

	private final RosterTemplate template;

	RosterController(RosterImport roster, RosterTemplate template) {
		this.roster = roster;
		this.template = template;
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(Actor actor) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(XLSX));
		headers.set(HttpHeaders.CONTENT_DISPOSITION,
				DocumentFile.contentDisposition(RosterTemplate.FILE_NAME, RosterTemplate.ASCII_NAME));
		return ResponseEntity.ok().headers(headers).body(template.bytes());
	}

	@PostMapping("/check")
	RosterReport check(Actor actor, HttpServletRequest request) {
		roster.requireManager(actor);
		try (RosterFile file = receive(request)) {
			return roster.check(actor, file);
		}
	}

	/**
	 * 200 with the report; when any row is refused, 422 with the report in the problem
	 * and nothing imported.
	 */
	@PostMapping("/import")
	RosterReport importRoster(Actor actor, HttpServletRequest request) {
		roster.requireManager(actor);
		try (RosterFile file = receive(request)) {
			return roster.importRoster(actor, file);
		}
	}

	private RosterFile receive(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || !MediaType.parseMediaType(XLSX).equalsTypeAndSubtype(mediaType(type))) {
			throw new RosterFileException(415, "roster.file.contentType", "the body must be the .xlsx itself", XLSX);
		}
		if (request.getContentLengthLong() == 0) {
			throw new RosterFileException("roster.file.noBody", "the request has no body");
		}
		try (InputStream body = request.getInputStream()) {
			return RosterFile.receive(body);
		}
		catch (BodyTooLargeException ex) {
			throw new RosterFileException(413, "roster.file.tooLarge", ex.getMessage(),
					roster.properties().maxBytes() / 1024, roster.properties().maxBytes());
		}
		catch (IOException ex) {
			throw new RosterFileException("roster.file.unreadable", "the body could not be read: " + ex.getMessage());
		}
	}

	private static MediaType mediaType(String type) {
		try {
			return MediaType.parseMediaType(type);
		}
		catch (RuntimeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
