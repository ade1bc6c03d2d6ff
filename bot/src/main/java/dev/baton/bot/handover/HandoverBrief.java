package dev.baton.bot.handover;

import java.time.LocalDate;

/**
 * A handover as lists show it: who, where, how far, with the names of its unit and
 * people, read in the same query as the row. It carries no policy or escalation snapshot
 * (JSON): lists, focus and digests never need them, and a page of them stays one query.
 */
public record HandoverBrief(long id, long unitId, String unitPath, String unitName, long departingId,
		String departingName, long successorId, String successorName, long organizerId, String organizerName,
		HandoverReason reason, String reasonNote, HandoverState state, String policyCode, LocalDate openedOn,
		LocalDate checklistDue, int reviewRound) {

	public boolean involves(Long officialId) {
		return officialId != null && (officialId == departingId || officialId == successorId);
	}

}
