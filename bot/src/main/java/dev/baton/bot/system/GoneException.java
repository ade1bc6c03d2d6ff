package dev.baton.bot.system;

/**
 * The thing named existed but can no longer be used: expired or replaced (HTTP 410);
 * nothing was changed.
 */
public class GoneException extends BatonException {

	public GoneException(String messageKey, String englishMessage, Object... arguments) {
		super(messageKey, englishMessage, arguments);
	}

}
