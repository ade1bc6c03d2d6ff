package dev.baton.bot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every API call carries {@code Authorization: Bearer <token>}. Checked before the
 * handler runs and before its arguments are read, so an anonymous request learns nothing
 * about its body or the records it names.
 */
class BearerAuthentication implements HandlerInterceptor {

	private static final String SCHEME = "Bearer ";

	private final ApiTokens tokens;

	BearerAuthentication(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			throw NotAuthenticatedException.missing();
		}
		long officialId = tokens.officialFor(header.substring(SCHEME.length()).strip())
			.orElseThrow(NotAuthenticatedException::invalid);
		SignedInOfficial.set(request, officialId);
		return true;
	}

}
