package dev.baton.bot.handover;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One handover case. Its state moves only along {@link HandoverState}'s transitions;
 * services change it through {@link HandoverRecords}, which saves it with an optimistic
 * version check under a row lock.
 */
public final class Handover {

	private long id;

	private long unitId;

	private String unitPath;

	private long departingId;

	private long successorId;

	private long organizerId;

	private HandoverReason reason;

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
			String policyCode, String policySnapshot, String escalationSnapshot, long templateId, LocalDate openedOn,
			LocalDate checklistDue, Instant openedAt) {
		Handover h = new Handover();
		h.unitId = unitId;
		h.departingId = departingId;
		h.successorId = successorId;
		h.organizerId = organizerId;
		h.reason = reason;
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

	void moveTo(HandoverState next) {
		if (!state.canMoveTo(next)) {
			throw new InvalidStateException(this, next);
		}
		state = next;
	}

	/**
	 * Refuses an act the record's state does not allow: a frozen record (archived,
	 * closed, cancelled) refuses every change, the others all but the states named.
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

	/**
	 * Refuses, before anything changes, a step to a state the current one does not lead
	 * to.
	 */
	private void requireMoveTo(HandoverState next) {
		if (!state.canMoveTo(next)) {
			throw new InvalidStateException(this, next);
		}
	}

	/** 签收: only a notice not yet acknowledged (NOTIFIED) can be. */
	void acknowledge(Instant at) {
		require("acknowledge the notice", HandoverState.NOTIFIED);
		acknowledgedAt = at;
	}

	/** A new round of joint review begins. */
	void submit(Instant at) {
		requireMoveTo(HandoverState.IN_REVIEW);
		submittedAt = at;
		reviewRound++;
	}

	void archive(Instant at, String sha256) {
		requireMoveTo(HandoverState.ARCHIVED);
		archivedAt = at;
		archiveSha256 = sha256;
	}

	void close(Instant at) {
		requireMoveTo(HandoverState.CLOSED);
		closedAt = at;
	}

	void cancel(Instant at, String why) {
		requireMoveTo(HandoverState.CANCELLED);
		cancelledAt = at;
		cancelReason = why;
	}

	/** 更换接任人: another official takes over the post (#13). */
	void replaceSuccessor(long officialId) {
		successorId = officialId;
	}

	/** 延期: the checklist is due later (#13). */
	void extendChecklist(LocalDate due) {
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
