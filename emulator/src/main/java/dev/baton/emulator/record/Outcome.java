package dev.baton.emulator.record;

/** What became of one message for one recipient. */
public enum Outcome {

	/** The recipient got it. */
	DELIVERED,
	/**
	 * WeCom's duplicate check (or DingTalk's same-content-per-day rule) swallowed a
	 * repeat: the call succeeded.
	 */
	ABSORBED_DUPLICATE,
	/**
	 * The per-member limit was exceeded: the call succeeded, the member got nothing (as
	 * the platforms do).
	 */
	DROPPED_MEMBER_LIMIT,
	/** The call or this recipient was refused; {@link Delivery#code()} says why. */
	REJECTED

}
