package dev.baton.bot.checklist;

/**
 * Where the successor stands on an item: not yet looked at, confirmed, disputed, or ruled
 * on (final).
 */
public enum Confirmation {

	PENDING, CONFIRMED, DISPUTED, RULED;

	public boolean settled() {
		return this == CONFIRMED || this == RULED;
	}

}
