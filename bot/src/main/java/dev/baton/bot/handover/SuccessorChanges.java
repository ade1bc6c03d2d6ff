package dev.baton.bot.handover;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.InvalidInputException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 更换接任人 (#13): another official takes over the post before sign-off, for a reason. The
 * new successor must be active, of the unit or a unit below it or (a transfer) of a unit
 * the organizer governs, not the departing official, not making the pair a running
 * handover the other way round); once the successor has begun confirming items the
 * confirmations are theirs, so the change is refused and the organizer is told to cancel
 * and open again. The old and the new successor, the departing official and the organizer
 * are told; the change is in the audit log.
 */
@Service
public class SuccessorChanges {

	static final int REASON_MAX = HandoverService.CANCEL_REASON_MAX;

	private final HandoverRecords records;

	private final HandoverMapper mapper;

	private final HandoverService handovers;

	private final Directory directory;

	private final HandoverChecklist checklists;

	private final HandoverNotices handoverNotices;

	private final HandoverReviewers reviewers;

	private final NewSuccessorNotice newSuccessorNotice;

	private final ChecklistStanding checklistStanding;

	SuccessorChanges(HandoverRecords records, HandoverMapper mapper, HandoverService handovers, Directory directory,
			HandoverChecklist checklists, HandoverNotices handoverNotices, HandoverReviewers reviewers,
			NewSuccessorNotice newSuccessorNotice, ChecklistStanding checklistStanding) {
		this.checklistStanding = checklistStanding;
		this.newSuccessorNotice = newSuccessorNotice;
		this.reviewers = reviewers;
		this.handoverNotices = handoverNotices;
		this.records = records;
		this.mapper = mapper;
		this.handovers = handovers;
		this.directory = directory;
		this.checklists = checklists;
	}

	/**
	 * The change, refused (nothing changed) when the new successor reviews this handover
	 * for a department: see {@link #change(Actor, long, long, String, boolean)}.
	 */
	@Transactional
	public Handover change(Actor actor, long handoverId, long newSuccessorId, String reason) {
		return change(actor, handoverId, newSuccessorId, reason, false);
	}

	/**
	 * The change. A new successor who reviews this handover for a department would review
	 * their own handover (a conflict of interest): unless the organizer has confirmed it
	 * after being told ({@code conflictConfirmed}: the console's check page, chat's
	 * question, the API's {@code confirmConflict}), it is refused with the conflict named
	 * and nothing changes.
	 */
	@Transactional
	public Handover change(Actor actor, long handoverId, long newSuccessorId, String reason,
			boolean conflictConfirmed) {
		String why = reason(reason, "handover.successorChange.needsReason");
		Handover h = records.lock(handoverId);
		records.require(actor, Action.CHANGE_SUCCESSOR, h);
		// the organizer may not name themselves either: they would become a party of a
		// handover they run
		records.access()
			.require(actor, Action.CHANGE_SUCCESSOR, new Subject(h.unitPath(), h.departingId(), newSuccessorId));
		h.requireSuccessorChangeable();
		Official old = directory.official(h.successorId());
		if (newSuccessorId == h.successorId()) {
			throw new InvalidInputException("handover.successorChange.same", old.name() + " is the successor already",
					old.name(), h.id());
		}
		if (newSuccessorId == h.departingId()) {
			throw new InvalidInputException("handover.sameParty",
					"the departing official cannot be their own successor");
		}
		Official successor = handovers.active(newSuccessorId);
		OrgUnit unit = directory.unit(h.unitId());
		// newcomer 17: a successor may come from elsewhere (a transfer), from a unit the
		// organizer governs too; from beyond their scope, refused as before
		if (actor.isSystem() || !records.access()
			.allowed(actor, Action.CHANGE_SUCCESSOR, Subject.unit(directory.unit(successor.unitId()).path()), null)) {
			handovers.inUnit(successor, unit);
		}
		if (h.state() == HandoverState.CONFIRMING) {
			long begun = checklists.confirmationsBegun(h.id());
			if (begun > 0) {
				throw new ConflictException("handover.successorChange.confirmingBegun",
						old.name() + " has confirmed or disputed " + begun + " items already", old.name(), begun,
						h.id());
			}
		}
		Official departing = directory.official(h.departingId());
		mapper.lockOfficial(successor.id());
		handovers.refuseClashes(mapper.lockClashes(unit.id(), departing.id(), successor.id()), unit, departing,
				successor, h.id());
		// newcomer 15: the new successor reviews for a department of this handover; the
		// notice says so (notify.SUCCESSOR_CHANGED.reviewsToo)
		List<OpeningPreview.PartyReviewer> conflicts = reviewers.successorReviews(h, successor.id());
		if (!conflicts.isEmpty() && !conflictConfirmed) {
			throw conflict(h, successor, conflicts);
		}
		List<String> reviewsFor = conflicts.stream().map(c -> c.department().name()).toList();
		h.replaceSuccessor(successor.id());
		records.save(h);
		// newcomer 17: the audit row says who replaced whom, by name as they were then
		records.audit(h, actor, "SUCCESSOR_CHANGED", Map.of("from", old.id(), "to", successor.id(), "fromName",
				old.name(), "toName", successor.name(), "reason", why));
		// issue #17: the new successor gets the handover notice the parties had on
		// opening, as it stands now; it says the change, so the change's notice is for
		// the others concerned (newcomer 20b, finding 3), less the one who made it
		// (finding 4)
		newSuccessorNotice.send(h, old.name(), why, reviewsFor);
		Set<Long> recipients = new LinkedHashSet<>(List.of(old.id(), h.departingId(), h.organizerId()));
		Map<String, Object> payload = new java.util.LinkedHashMap<>(
				Map.of("previousSuccessor", old.name(), "reason", why));
		payload.putAll(checklistStanding.of(h));
		if (reviewsFor.isEmpty()) {
			tell(h, actor, recipients, payload);
			return h;
		}
		// newcomer 17: only the organizer is told to add a reviewer (单位与干部); the
		// parties are told of the conflict
		payload.put("reviewsFor", reviewsFor);
		recipients.remove(h.organizerId());
		payload.put("variant", "reviewsToo");
		tell(h, actor, recipients, payload);
		Map<String, Object> organizers = informed(payload);
		organizers.put("variant", "reviewsTooOrganizer");
		// not an echo of the act: it asks the organizer to add a reviewer, which the
		// page or reply that confirmed the change does not, so it goes even to the
		// organizer who made the change
		handoverNotices.notify(h, OutboxEvent.SUCCESSOR_CHANGED, List.of(h.organizerId()), false, organizers);
		return h;
	}

	/**
	 * The change's notice to those concerned, less the one who made it: a late checklist
	 * is the departing official's to submit, so only he is asked to; the others are told
	 * it is late (newcomer 24, finding 8).
	 */
	private void tell(Handover h, Actor actor, Set<Long> recipients, Map<String, Object> payload) {
		List<Long> departing = recipients.stream().filter(id -> id == h.departingId()).toList();
		handoverNotices.notifyOthers(h, OutboxEvent.SUCCESSOR_CHANGED, actor, departing, false, payload);
		List<Long> others = recipients.stream().filter(id -> id != h.departingId()).toList();
		handoverNotices.notifyOthers(h, OutboxEvent.SUCCESSOR_CHANGED, actor, others, false, informed(payload));
	}

	/** The payload for one who does not submit the checklist: its lateness as a fact. */
	private static Map<String, Object> informed(Map<String, Object> payload) {
		Map<String, Object> informed = new java.util.LinkedHashMap<>(payload);
		Object late = informed.remove("checklistLate");
		if (late != null) {
			informed.put("checklistOverdue", late);
		}
		return informed;
	}

	/**
	 * 409 naming the conflict: who, for which departments (in the reader's words), and
	 * who else reviews for them.
	 */
	private static ConflictException conflict(Handover h, Official successor,
			List<OpeningPreview.PartyReviewer> conflicts) {
		OpeningPreview.PartyReviewer first = conflicts.get(0);
		String departments = conflicts.stream()
			.map(c -> c.department().name())
			.collect(java.util.stream.Collectors.joining(", "));
		List<String> others = conflicts.stream()
			.flatMap(c -> c.others().stream())
			.map(Official::name)
			.distinct()
			.toList();
		return new ConflictException(
				others.isEmpty() ? "handover.successorChange.reviewsNobody" : "handover.successorChange.reviews",
				successor.name() + " reviews handover " + h.id() + " for " + departments
						+ ": confirm the conflict of interest to change anyway",
				successor.name(), Long.toString(h.id()),
				new DefaultMessageSourceResolvable(new String[] { "label." + first.department().name() },
						first.department().name()),
				dev.baton.bot.system.WordList.of(others));
	}

	static String reason(String reason, String missingKey) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException(missingKey, "a reason is needed");
		}
		String why = reason.strip();
		if (why.length() > REASON_MAX) {
			throw new InvalidInputException("handover.reasonTooLong",
					"a reason is at most " + REASON_MAX + " characters", REASON_MAX);
		}
		return why;
	}

}
