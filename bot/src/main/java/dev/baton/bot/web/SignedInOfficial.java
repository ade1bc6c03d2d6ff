package dev.baton.bot.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The official a request acts for, as its authentication found them: a bearer token on
 * the REST API, a signed-in session in the console. Controllers then take an
 * {@link dev.baton.bot.access.Actor} parameter.
 */
public final class SignedInOfficial {

	static final String ATTRIBUTE = SignedInOfficial.class.getName() + ".officialId";

	private SignedInOfficial() {
	}

	public static void set(HttpServletRequest request, long officialId) {
		request.setAttribute(ATTRIBUTE, officialId);
	}

}
