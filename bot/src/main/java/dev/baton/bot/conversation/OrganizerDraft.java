package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.policy.WaitingStepKind;

/**
 * What an organizer has said so far of an action Baton is asking about (#13), one answer
 * at a time: 发起交接 (unit, departing, successor, reason, then 确认 on the card), 更换接任人 (the
 * new successor, why), 取消交接 (why), 延期 (how much later, why). It holds nothing the record
 * needs: losing it (it expires after a day) costs only the answers given so far, and
 * nothing is opened or changed before the last answer.
 *
 * @param token fresh per draft, in its cards' button keys: a button of an older card does
 * nothing
 * @param asking what Baton asked last
 * @param choices the officials (or units, asking {@link Slot#UNIT}) offered on the last
 * card, numbered from 1
 * @param why the reason said, for a change, a cancellation or an extension
 * @param days how much later, counted in {@code dayUnit} (CALENDAR_DAYS or WORKING_DAYS)
 * @param until the day to extend to
 * @param reasonNote with 其他, the reason in the organizer's words (newcomer 20)
 * @param step for 延期, the step named (签收期限 → NOTICE_RECEIPT), whose deadlines alone move;
 * null for the deadlines pressing now (newcomer 24, finding 9)
 * @param about with 延期, the party the handover was named by, if one was
 */
record OrganizerDraft(String token, Kind kind, Long handoverId, Long unitId, Long departingId, Long successorId,
		HandoverReason reason, String why, Integer days, String dayUnit, LocalDate until, Slot asking,
		List<Long> choices, String reasonNote, WaitingStepKind step, Long about) {

	enum Kind {

		OPEN, CHANGE_SUCCESSOR, CANCEL, EXTEND

	}

	enum Slot {

		UNIT, DEPARTING, SUCCESSOR, REASON, REASON_NOTE, WHY, EXTENSION, CONFIRM

	}

	OrganizerDraft {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

	static OrganizerDraft of(Kind kind, Long handoverId) {
		return new OrganizerDraft(Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()), kind,
				handoverId, null, null, null, null, null, null, null, null, null, List.of(), null, null, null);
	}

	OrganizerDraft unit(Long id) {
		return new OrganizerDraft(token, kind, handoverId, id, departingId, successorId, reason, why, days, dayUnit,
				until, asking, choices, reasonNote, step, about);
	}

	OrganizerDraft departing(Long id) {
		return new OrganizerDraft(token, kind, handoverId, unitId, id, successorId, reason, why, days, dayUnit, until,
				asking, choices, reasonNote, step, about);
	}

	OrganizerDraft successor(Long id) {
		return new OrganizerDraft(token, kind, handoverId, unitId, departingId, id, reason, why, days, dayUnit, until,
				asking, choices, reasonNote, step, about);
	}

	/** The reason; its words stay only with 其他. */
	OrganizerDraft reason(HandoverReason r) {
		return new OrganizerDraft(token, kind, handoverId, unitId, departingId, successorId, r, why, days, dayUnit,
				until, asking, choices, r == HandoverReason.OTHER ? reasonNote : null, step, about);
	}

	OrganizerDraft reasonNote(String words) {
		return new OrganizerDraft(token, kind, handoverId, unitId, departingId, successorId, reason, why, days, dayUnit,
				until, asking, choices, words, step, about);
	}

	OrganizerDraft why(String text) {
		return new OrganizerDraft(token, kind, handoverId, unitId, departingId, successorId, reason, text, days,
				dayUnit, until, asking, choices, reasonNote, step, about);
	}

	OrganizerDraft later(Integer by, String unit, LocalDate to) {
		return new OrganizerDraft(token, kind, handoverId, unitId, departingId, successorId, reason, why, by, unit, to,
				asking, choices, reasonNote, step, about);
	}

	OrganizerDraft asking(Slot slot, List<Long> offered) {
		return new OrganizerDraft(token, kind, handoverId, unitId, departingId, successorId, reason, why, days, dayUnit,
				until, slot, offered, reasonNote, step, about);
	}

	/** The step named for 延期 (签收期限), or null for the deadlines pressing now. */
	OrganizerDraft step(WaitingStepKind named) {
		return new OrganizerDraft(token, kind, handoverId, unitId, departingId, successorId, reason, why, days, dayUnit,
				until, asking, choices, reasonNote, named, about);
	}

	/** A slot by what it asks for. */
	Long slot(Slot slot) {
		return switch (slot) {
			case UNIT -> unitId;
			case DEPARTING -> departingId;
			case SUCCESSOR -> successorId;
			default -> null;
		};
	}

	OrganizerDraft fill(Slot slot, Long id) {
		return switch (slot) {
			case UNIT -> unit(id);
			case DEPARTING -> departing(id);
			case SUCCESSOR -> successor(id);
			default -> this;
		};
	}

	/**
	 * The party the organizer named the handover by (刘志远那个交接…, newcomer 24, finding 10),
	 * whom a leading 他/她 of the reason refers to; null when none was.
	 */
	OrganizerDraft about(Long party) {
		return new OrganizerDraft(token, kind, handoverId, unitId, departingId, successorId, reason, why, days, dayUnit,
				until, asking, choices, reasonNote, step, party);
	}

	boolean extensionSaid() {
		return days != null || until != null;
	}

}
