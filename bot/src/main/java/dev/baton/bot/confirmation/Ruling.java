package dev.baton.bot.confirmation;

/** The ruling department's verdict on a disputed item (审计结论为准). */
public enum Ruling {

	/** the departing official's statement stands */
	UPHELD,
	/** the statement was wrong; the ruling note (and corrected amount) replace it */
	CORRECTED

}
