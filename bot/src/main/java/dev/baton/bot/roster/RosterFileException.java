package dev.baton.bot.roster;

import dev.baton.bot.system.InvalidInputException;

/**
 * The uploaded file cannot be taken as a roster at all (not an .xlsx, no 名册 sheet, a
 * column missing, too large…): nothing was read into the directory. {@link #status()} is
 * the HTTP status that says so.
 */
public class RosterFileException extends InvalidInputException {

	private final int status;

	public RosterFileException(int status, String messageKey, String englishMessage, Object... arguments) {
		super(messageKey, englishMessage, arguments);
		this.status = status;
	}

	public RosterFileException(String messageKey, String englishMessage, Object... arguments) {
		this(400, messageKey, englishMessage, arguments);
	}

	public int status() {
		return status;
	}

}
