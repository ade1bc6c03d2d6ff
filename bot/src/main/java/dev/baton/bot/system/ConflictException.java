package dev.baton.bot.system;

/**
 * The thing is no longer in a state where this can be done (HTTP 409); nothing was
 * changed.
 */
public class ConflictException extends BatonException {

	public ConflictException(String messageKey, String englishMessage, Object... arguments) {
		super(messageKey, englishMessage, arguments);
	}

}
