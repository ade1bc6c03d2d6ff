package dev.baton.bot.console.signin;

import java.time.Instant;

/** A local console account of an official; the password only as its hash. */
record ConsoleAccount(long id, long officialId, String username, String passwordHash, int failedAttempts,
		Instant lockedUntil, Instant disabledAt) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	@Override
	public String toString() {
		return "ConsoleAccount[" + id + " " + username + " of official " + officialId + "]"; // never
																								// the
																								// hash
	}

}
