package dev.baton.bot.inbox;

/**
 * The inbox turn running on this thread, if any: the conversation lets an unexpected
 * failure go up to the inbox (which rolls the turn back, retries it and in the end tells
 * the person) instead of answering it itself, and the {@link TransientFailureWatch} notes
 * a transient database failure that some code caught.
 */
public final class InboxTurn {

	private static final ThreadLocal<Throwable> SEEN = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

	private InboxTurn() {
	}

	/**
	 * Whether the code running on this thread is an inbox turn (a failure is retried by
	 * the inbox).
	 */
	public static boolean active() {
		return Boolean.TRUE.equals(ACTIVE.get());
	}

	static void begin() {
		ACTIVE.set(true);
		SEEN.remove();
	}

	static void noteTransient(Throwable failure) {
		if (active() && SEEN.get() == null) {
			SEEN.set(failure);
		}
	}

	/** The transient failure met during this turn, or null. */
	static Throwable seen() {
		return SEEN.get();
	}

	static void end() {
		ACTIVE.remove();
		SEEN.remove();
	}

}
