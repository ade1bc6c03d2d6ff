package dev.baton.bot.web;

import dev.baton.bot.system.BatonException;

/**
 * The request names nobody we know: no bearer token, or one that is malformed, unknown or
 * revoked.
 */
class NotAuthenticatedException extends BatonException {

	private final boolean tokenGiven;

	private NotAuthenticatedException(String messageKey, String englishMessage, boolean tokenGiven) {
		super(messageKey, englishMessage);
		this.tokenGiven = tokenGiven;
	}

	static NotAuthenticatedException missing() {
		return new NotAuthenticatedException("api.unauthenticated.missing", "no bearer token", false);
	}

	static NotAuthenticatedException invalid() {
		return new NotAuthenticatedException("api.unauthenticated.invalid", "the bearer token is not valid", true);
	}

	/**
	 * The WWW-Authenticate challenge (RFC 6750 §3): an invalid token is named as such.
	 */
	String challenge() {
		return tokenGiven ? "Bearer realm=\"baton\", error=\"invalid_token\"" : "Bearer realm=\"baton\"";
	}

}
