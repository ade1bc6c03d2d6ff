package dev.baton.bot.webchat;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /chat}: the page (its script and style are static files under
 * {@code /chat/}). Everything it loads comes from Baton itself, which its
 * Content-Security-Policy also enforces: it works offline.
 */
@Controller
@Conditional(WebChatEnabled.class)
class WebChatPageController {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
			+ "frame-ancestors 'none'";

	private final Resource page = new ClassPathResource("static/chat/index.html");

	@GetMapping({ "/chat", "/chat/" })
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.body(page);
	}

}
