package dev.baton.bot.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details in the reader's language: {@code type} is
 * {@code urn:baton:problem:<code>}, {@code code} the message key, {@code title} a short
 * phrase for the status and {@code detail} the message rendered from messages*.properties
 * (zh-CN unless the request asks for English).
 */
@Component
class Problems {

	static final String TYPE_PREFIX = "urn:baton:problem:";

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param fallback the English text, used only if the key were missing from the
	 * bundles
	 */
	ProblemDetail of(HttpStatusCode status, String code, Object[] arguments, String fallback) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_PREFIX + code));
		problem.setTitle(title(status));
		problem.setDetail(text(code, arguments, fallback));
		problem.setProperty("code", code);
		return problem;
	}

	/**
	 * Gives a problem Spring MVC made (404, 405, 415, ...) Baton's type, code
	 * ({@code http.<status>}) and title, and the detail in the reader's language where
	 * the bundles have one (Spring's English detail otherwise).
	 */
	ProblemDetail adopt(ProblemDetail problem) {
		if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
			String code = "http." + problem.getStatus();
			problem.setType(URI.create(TYPE_PREFIX + code));
			problem.setTitle(title(HttpStatusCode.valueOf(problem.getStatus())));
			problem.setDetail(text(code, null, problem.getDetail()));
			problem.setProperty("code", code);
		}
		return problem;
	}

	String text(String code, Object[] arguments, String fallback) {
		return messages.getMessage(code, plain(arguments), fallback, locale());
	}

	private String title(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String fallback = known == null ? "HTTP " + status.value() : known.getReasonPhrase();
		return messages.getMessage("problem.title." + status.value(), null, fallback, locale());
	}

	/** Ids go into texts as they are: MessageFormat would print 12345 as "12,345". */
	private static Object[] plain(Object[] arguments) {
		if (arguments == null) {
			return null;
		}
		return Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
