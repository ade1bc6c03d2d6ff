package dev.baton.bot.roster;

/**
 * One cell of the roster as read: its text as Excel shows it (stripped; empty when
 * blank), its reference ({@code F7}), and whether it held a formula or an error value
 * (#N/A, #REF!…) instead of a value.
 */
public record RosterCell(String text, String ref, boolean formula, boolean error) {

	public boolean blank() {
		return text.isEmpty() && !formula && !error;
	}

}
