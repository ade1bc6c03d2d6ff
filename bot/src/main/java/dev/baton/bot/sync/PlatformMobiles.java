package dev.baton.bot.sync;

import dev.baton.bot.directory.Mobiles;
import dev.baton.bot.system.InvalidInputException;

/**
 * A platform's mobile numbers in the directory's form ({@link Mobiles}): a number that is
 * not a mainland mobile (a foreign number, a typo on the platform) matches nobody rather
 * than failing the sync.
 */
final class PlatformMobiles {

	private PlatformMobiles() {
	}

	/**
	 * The directory's form, or null when there is none or it is not a mainland mobile.
	 */
	static String normalize(String mobile) {
		try {
			return Mobiles.normalize(mobile);
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	/** 139****0001, for reports; empty for none. */
	static String masked(String mobile) {
		String m = normalize(mobile);
		return m == null ? "" : Mobiles.masked(m);
	}

}
