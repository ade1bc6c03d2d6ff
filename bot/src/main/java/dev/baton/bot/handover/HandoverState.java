package dev.baton.bot.handover;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a handover (design.md §2): NOTIFIED → DRAFTING → IN_REVIEW → CONFIRMING →
 * SIGNING → ARCHIVED → FOLLOW_UP → CLOSED, with returns from review to drafting, ARCHIVED
 * → CLOSED when nothing is unfinished, and CANCELLED from any state before ARCHIVED.
 */
public enum HandoverState {

	NOTIFIED, DRAFTING, IN_REVIEW, CONFIRMING, SIGNING, ARCHIVED, FOLLOW_UP, CLOSED, CANCELLED;

	private static final Map<HandoverState, Set<HandoverState>> NEXT = Map.of(NOTIFIED, EnumSet.of(DRAFTING, CANCELLED),
			DRAFTING, EnumSet.of(IN_REVIEW, CANCELLED), IN_REVIEW, EnumSet.of(DRAFTING, CONFIRMING, CANCELLED),
			CONFIRMING, EnumSet.of(SIGNING, CANCELLED), SIGNING, EnumSet.of(ARCHIVED, CANCELLED), ARCHIVED,
			EnumSet.of(FOLLOW_UP, CLOSED), FOLLOW_UP, EnumSet.of(CLOSED), CLOSED, EnumSet.noneOf(HandoverState.class),
			CANCELLED, EnumSet.noneOf(HandoverState.class));

	public boolean canMoveTo(HandoverState next) {
		return NEXT.get(this).contains(next);
	}

	/** After archiving the record is frozen: later facts are appended as new records. */
	public boolean frozen() {
		return this == ARCHIVED || this == FOLLOW_UP || this == CLOSED;
	}

	/** Still running: neither finished nor cancelled. */
	public boolean active() {
		return this != CLOSED && this != CANCELLED;
	}

}
