package dev.baton.bot.handover;

/**
 * What the organizer gives to open a handover.
 *
 * @param successorNote why the successor named first was changed before opening
 * ("钱芳是财政的审核人，不合适"), kept in the opening's audit row; null when it was not
 * @param reasonNote the reason in the organizer's own words, for
 * {@link HandoverReason#OTHER} only (借调到省委巡视组); null for the other reasons
 */
public record OpenRequest(long unitId, long departingId, long successorId, HandoverReason reason, String successorNote,
		String reasonNote) {

	public OpenRequest(long unitId, long departingId, long successorId, HandoverReason reason) {
		this(unitId, departingId, successorId, reason, null, null);
	}

	public OpenRequest(long unitId, long departingId, long successorId, HandoverReason reason, String successorNote) {
		this(unitId, departingId, successorId, reason, successorNote, null);
	}

}
