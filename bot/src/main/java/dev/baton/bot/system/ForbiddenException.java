package dev.baton.bot.system;

/**
 * What the request presented (a one-time code, a secret) does not allow this (HTTP 403);
 * nothing was changed. For what an acting official may not do, see
 * {@code NotPermittedException}.
 */
public class ForbiddenException extends BatonException {

	public ForbiddenException(String messageKey, String englishMessage, Object... arguments) {
		super(messageKey, englishMessage, arguments);
	}

}
