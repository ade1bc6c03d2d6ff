package dev.baton.bot.documents;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /verify/{sha256 or number}}: the page the QR code on every page of a 交接书
 * leads to. Public (no login): it tells which record (unit, post, archive date, number)
 * and whether the archive is intact, in Chinese and then English; 404 when no archived
 * record answers to what was given.
 */
@RestController
class VerificationController {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final Verification verification;

	private final MessageSource messages;

	VerificationController(Verification verification, MessageSource messages) {
		this.verification = verification;
		this.messages = messages;
	}

	@GetMapping(path = "/verify/{key}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> verify(@PathVariable String key) {
		Optional<Verification.Verdict> verdict = key.length() > 80 ? Optional.empty() : verification.check(key);
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
			.append(esc(text("verify.title", ZH)))
			.append("</title><style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em}"
					+ ".ok{color:#0a6b2d}.bad{color:#b00020}code{word-break:break-all}</style></head><body>");
		for (Locale locale : new Locale[] { ZH, Locale.ENGLISH }) {
			html.append("<section lang=\"").append(locale == ZH ? "zh-CN" : "en").append("\">");
			html.append("<h1>").append(esc(text("verify.title", locale))).append("</h1>");
			if (verdict.isEmpty()) {
				html.append("<p class=\"bad\">").append(esc(text("verify.unknown", locale))).append("</p>");
			}
			else {
				Verification.Verdict v = verdict.get();
				html.append("<p class=\"")
					.append(v.intact() ? "ok" : "bad")
					.append("\">")
					.append(esc(text(v.intact() ? "verify.intact" : "verify.changed", locale)))
					.append("</p><dl>");
				row(html, text("verify.unit", locale), v.unit());
				row(html, text("verify.post", locale), v.post());
				row(html, text("verify.archivedOn", locale), v.archivedOn().toString());
				row(html, text("verify.number", locale), String.valueOf(v.handoverId()));
				html.append("<dt>")
					.append(esc(text("verify.sha256", locale)))
					.append("</dt><dd><code>")
					.append(esc(v.sha256()))
					.append("</code></dd></dl>");
			}
			html.append("</section>");
		}
		html.append("</body></html>");
		return ResponseEntity.status(verdict.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(html.toString());
	}

	private static void row(StringBuilder html, String label, String value) {
		html.append("<dt>")
			.append(esc(label))
			.append("</dt><dd>")
			.append(esc(value == null ? "" : value))
			.append("</dd>");
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String esc(String s) {
		return HtmlUtils.htmlEscape(s, "UTF-8");
	}

}
