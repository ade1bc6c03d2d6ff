package dev.baton.bot.handover;

import java.time.Instant;
import java.time.LocalDate;

import dev.baton.bot.system.ConflictException;

/**
 * One handover case, and the rules of its life: each act that changes it is a method here
 * that refuses what the state does not allow ({@link InvalidStateException},
 * {@link RecordFrozenException}, the same refusals whichever service or chat flow asks),
 * and each state change returns its {@link Transition}, which {@link HandoverRecords}
 * saves (optimistic version check under a row lock) and audits. The services decide who
 * may act and what follows (waiting steps, notices); the states are decided here.
 */
public final class Handover {

	private long id;

	private long unitId;

	private String unitPath;

	private long departingId;

	private long successorId;

	private long organizerId;

	private HandoverReason reason;

	private String reasonNote;

	private HandoverState state;

	private String policyCode;

	private String policySnapshot;

	private String escalationSnapshot;

	private long templateId;

	private int reviewRound;

	private LocalDate openedOn;

	private LocalDate checklistDue;

	private Instant openedAt;

	private Instant acknowledgedAt;

	private Instant submittedAt;

	private Instant archivedAt;

	private String archiveSha256;

	private Instant closedAt;

	private Instant cancelledAt;

	private String cancelReason;

	private int version;

	private Handover() {
	}

	static Handover open(long unitId, long departingId, long successorId, long organizerId, HandoverReason reason,
			String reasonNote, String policyCode, String policySnapshot, String escalationSnapshot, long templateId,
			LocalDate openedOn, LocalDate checklistDue, Instant openedAt) {
		Handover h = new Handover();
		h.unitId = unitId;
		h.departingId = departingId;
		h.successorId = successorId;
		h.organizerId = organizerId;
		h.reason = reason;
		h.reasonNote = reasonNote;
		h.state = HandoverState.NOTIFIED;
		h.policyCode = policyCode;
		h.policySnapshot = policySnapshot;
		h.escalationSnapshot = escalationSnapshot;
		h.templateId = templateId;
		h.reviewRound = 0;
		h.openedOn = openedOn;
		h.checklistDue = checklistDue;
		h.openedAt = openedAt;
		return h;
	}

	/**
	 * Refuses an act the record's state does not allow: a frozen record (archived,
	 * closed) refuses every change, the others all but the states named.
	 */
	public void require(String attempted, HandoverState... allowed) {
		if (state.frozen()) {
			throw new RecordFrozenException(id);
		}
		for (HandoverState s : allowed) {
			if (state == s) {
				return;
			}
		}
		throw new InvalidStateException(id, state, attempted);
	}

	// ------------------------------------------------------------------ what each act
	// needs

	/** The checklist is written (and the notice acknowledged by it) before submission. */
	public void requireChecklistOpen(String attempted) {
		require(attempted, HandoverState.NOTIFIED, HandoverState.DRAFTING);
	}

	/** Only a checklist being drafted goes to review. */
	public void requireSubmittable() {
		require("submit", HandoverState.DRAFTING);
	}

	/** Reviewers approve or return only during joint review. */
	public void requireInReview() {
		require("review", HandoverState.IN_REVIEW);
	}

	/** The successor confirms, disputes, and the ruler rules, only while confirming. */
	public void requireConfirming(String attempted) {
		require(attempted, HandoverState.CONFIRMING);
	}

	/** Signing codes are issued and used only while signing. */
	public void requireSigning() {
		require("sign", HandoverState.SIGNING);
	}

	/** A handover is cancelled any time before it is archived. */
	public void requireCancellable() {
		require("cancel", HandoverState.NOTIFIED, HandoverState.DRAFTING, HandoverState.IN_REVIEW,
				HandoverState.CONFIRMING, HandoverState.SIGNING);
	}

	/**
	 * 更换接任人 before signing: once signing has begun the successor is a signer (a conflict
	 * of its own), and a frozen record changes no more.
	 */
	public void requireSuccessorChangeable() {
		if (state == HandoverState.SIGNING) {
			throw new ConflictException("handover.successorChange.signing",
					"handover " + id + " is being signed: its successor can no longer change", id);
		}
		require("change the successor", HandoverState.NOTIFIED, HandoverState.DRAFTING, HandoverState.IN_REVIEW,
				HandoverState.CONFIRMING);
	}

	/**
	 * 延期 of the current stage's deadlines: from the notice to signing (each stage's own
	 * steps).
	 */
	public void requireStageExtendable() {
		require("extend a deadline", HandoverState.NOTIFIED, HandoverState.DRAFTING, HandoverState.IN_REVIEW,
				HandoverState.CONFIRMING, HandoverState.SIGNING);
	}

	/**
	 * 延期 of one open step: while the handover runs, after archiving too (plan steps are
	 * no part of the frozen record).
	 */
	public void requireRunning(String attempted) {
		if (!state.active()) {
			throw new InvalidStateException(id, state, attempted);
		}
	}

	/** Plans and their progress come after archiving, until the case closes. */
	public void requireFollowingUp(String attempted) {
		if (state != HandoverState.ARCHIVED && state != HandoverState.FOLLOW_UP) {
			throw new InvalidStateException(id, state, attempted);
		}
	}

	// ------------------------------------------------------------------ state changes

	/**
	 * Refuses, before anything changes, a step to a state the current one does not lead
	 * to.
	 */
	private void requireMoveTo(HandoverState next) {
		if (!state.canMoveTo(next)) {
			throw new InvalidStateException(this, next);
		}
	}

	private Transition move(HandoverState next) {
		HandoverState from = state;
		state = next;
		return new Transition(from, next);
	}

	/**
	 * 签收: only a notice not yet acknowledged (NOTIFIED) can be; drafting begins.
	 */
	public Transition acknowledge(Instant at) {
		require("acknowledge the notice", HandoverState.NOTIFIED);
		acknowledgedAt = at;
		return move(HandoverState.DRAFTING);
	}

	/** The checklist goes to joint review: a new round begins. */
	public Transition submit(Instant at) {
		requireSubmittable();
		submittedAt = at;
		reviewRound++;
		return move(HandoverState.IN_REVIEW);
	}

	/** 退回: back to drafting from joint review. */
	public Transition returnToDrafting() {
		requireInReview();
		return move(HandoverState.DRAFTING);
	}

	/** Every reviewing department approved: the successor confirms. */
	public Transition passReview() {
		requireInReview();
		return move(HandoverState.CONFIRMING);
	}

	/** Every item is settled: signing opens. */
	public Transition startSigning() {
		requireMoveTo(HandoverState.SIGNING);
		return move(HandoverState.SIGNING);
	}

	/** Every signer signed: the record is frozen with its digest. */
	public Transition archive(Instant at, String sha256) {
		requireMoveTo(HandoverState.ARCHIVED);
		archivedAt = at;
		archiveSha256 = sha256;
		return move(HandoverState.ARCHIVED);
	}

	/** Every unfinished item has its plan: the successor follows it up. */
	public Transition startFollowUp() {
		requireMoveTo(HandoverState.FOLLOW_UP);
		return move(HandoverState.FOLLOW_UP);
	}

	/** Nothing is left to do. */
	public Transition close(Instant at) {
		requireMoveTo(HandoverState.CLOSED);
		closedAt = at;
		return move(HandoverState.CLOSED);
	}

	/** 取消交接, with its reason. */
	public Transition cancel(Instant at, String why) {
		requireCancellable();
		requireMoveTo(HandoverState.CANCELLED);
		cancelledAt = at;
		cancelReason = why;
		return move(HandoverState.CANCELLED);
	}

	/** 更换接任人: another official takes over the post (#13). */
	public void replaceSuccessor(long officialId) {
		requireSuccessorChangeable();
		successorId = officialId;
	}

	/** 延期: the checklist is due later (#13); only while the handover runs. */
	public void extendChecklist(LocalDate due) {
		requireRunning("extend a deadline");
		checklistDue = due;
	}

	void assignId(long id) {
		this.id = id;
	}

	void assignUnitPath(String path) {
		this.unitPath = path;
	}

	void bumpVersion() {
		version++;
	}

	public long id() {
		return id;
	}

	public long unitId() {
		return unitId;
	}

	public String unitPath() {
		return unitPath;
	}

	public long departingId() {
		return departingId;
	}

	public long successorId() {
		return successorId;
	}

	public long organizerId() {
		return organizerId;
	}

	public HandoverReason reason() {
		return reason;
	}

	/**
	 * The reason in the organizer's words, for 其他 only; null for the other reasons and
	 * for handovers opened before it was kept.
	 */
	public String reasonNote() {
		return reasonNote;
	}

	public HandoverState state() {
		return state;
	}

	public String policyCode() {
		return policyCode;
	}

	public String policySnapshot() {
		return policySnapshot;
	}

	/**
	 * The escalation policy (JSON) as it was when the handover opened; null for handovers
	 * opened before it existed.
	 */
	public String escalationSnapshot() {
		return escalationSnapshot;
	}

	public long templateId() {
		return templateId;
	}

	public int reviewRound() {
		return reviewRound;
	}

	public LocalDate openedOn() {
		return openedOn;
	}

	public LocalDate checklistDue() {
		return checklistDue;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant archivedAt() {
		return archivedAt;
	}

	public String archiveSha256() {
		return archiveSha256;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public Instant cancelledAt() {
		return cancelledAt;
	}

	public String cancelReason() {
		return cancelReason;
	}

	public int version() {
		return version;
	}

}
