package dev.baton.bot.system;

/**
 * Something that keeps per-transaction state outside the database until commit (the audit
 * log notes its rows and writes them just before commit). A savepoint rolled back takes
 * back only what the database holds, so such state is marked when a savepoint is set and
 * cut back to the mark when the savepoint is rolled back.
 */
public interface SavepointParticipant {

	/** How much is noted in the current transaction now. */
	int mark();

	/** Forgets what was noted in the current transaction after {@code mark}. */
	void rollBackTo(int mark);

}
