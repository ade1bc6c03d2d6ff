package dev.baton.bot.system;

/** Input that cannot be taken as it is; nothing was changed. */
public class InvalidInputException extends BatonException {

	public InvalidInputException(String messageKey, String englishMessage, Object... arguments) {
		super(messageKey, englishMessage, arguments);
	}

}
