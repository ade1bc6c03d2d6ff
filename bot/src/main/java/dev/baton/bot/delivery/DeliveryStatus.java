package dev.baton.bot.delivery;

/**
 * Where one delivery (a notice to one chat account or group) stands, as the
 * {@code delivery} table's {@code status} says it; each has its own words
 * ({@link #labelKey()}), so a page never reads one as another (newcomer 20b: 13).
 */
public enum DeliveryStatus {

	/** waiting to be put in a batch, or to be sent again */
	PENDING,
	/** in a batch being sent */
	BATCHED,
	/** the platform took it */
	SENT,
	/** could not go: a dead letter */
	DEAD,
	/** given up for good by an organizer */
	DISCARDED;

	/**
	 * The message key of its words: {@code supervision.delivery.<name>}, a pending one
	 * {@code supervision.delivery.WAITING} (the word a notice waiting as a whole has
	 * too).
	 */
	public String labelKey() {
		return "supervision.delivery." + (this == PENDING ? "WAITING" : name());
	}

	/** Whether it may still go (waiting or being sent). */
	public boolean underway() {
		return this == PENDING || this == BATCHED;
	}

}
