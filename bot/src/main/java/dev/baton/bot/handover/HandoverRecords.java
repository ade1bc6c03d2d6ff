package dev.baton.bot.handover;

import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Department;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The handover as the services load and keep it, in the caller's transaction: found or
 * locked, the actor checked against it, its policy read from its snapshot, saved after a
 * state change the {@link Handover} made itself (with an optimistic version check) and
 * audited. The rules of its states live in {@link Handover}; its waiting steps in
 * {@link WaitingSteps}, its notices in {@link HandoverNotices}, its reviewers in
 * {@link HandoverReviewers}.
 */
@Component
public class HandoverRecords {

	private final HandoverMapper mapper;

	private final Access access;

	private final AuditLog audit;

	private final Policies policies;

	private final WaitingSteps waitingSteps;

	private final TimeSource time;

	HandoverRecords(HandoverMapper mapper, Access access, AuditLog audit, Policies policies, WaitingSteps waitingSteps,
			TimeSource time) {
		this.mapper = mapper;
		this.access = access;
		this.audit = audit;
		this.policies = policies;
		this.waitingSteps = waitingSteps;
		this.time = time;
	}

	public Handover find(long id) {
		Handover h = mapper.find(id);
		if (h == null) {
			throw new NotFoundException("handover", id);
		}
		return h;
	}

	/**
	 * Loads the case and locks its row, and nothing else, until the transaction ends. The
	 * unit's path (for the access checks) is read without a lock: locking it too would
	 * serialize every handover of the unit (#14).
	 */
	public Handover lock(long id) {
		Handover h = mapper.lock(id);
		if (h == null) {
			throw new NotFoundException("handover", id);
		}
		h.assignUnitPath(mapper.unitPath(h.unitId()));
		return h;
	}

	public Subject subject(Handover h) {
		return new Subject(h.unitPath(), h.departingId(), h.successorId());
	}

	public void require(Actor actor, Action action, Handover h) {
		access.require(actor, action, subject(h));
	}

	public void require(Actor actor, Action action, Handover h, Department department) {
		access.require(actor, action, subject(h), department);
	}

	public HandoverPolicy policy(Handover h) {
		return policies.parse(h.policySnapshot());
	}

	/** Saves the handover after a state change of its own and audits the change. */
	public void moved(Handover h, Transition transition, Actor actor) {
		save(h);
		audit(h, actor, "STATE_CHANGED", Map.of("from", transition.from().name(), "to", transition.to().name()));
	}

	/** The notice is acknowledged (签收): explicitly, or by starting the checklist. */
	public void acknowledge(Handover h, Actor actor, String how) {
		Transition drafting = h.acknowledge(time.now());
		waitingSteps.closeStep(h, WaitingStepKind.NOTICE_RECEIPT, "");
		audit(h, actor, "NOTICE_ACKNOWLEDGED", Map.of("how", how));
		moved(h, drafting, actor);
	}

	/** Cancelled: no step waits any more. */
	void cancelled(Handover h, Actor actor, String why) {
		moved(h, h.cancel(time.now(), why), actor);
		waitingSteps.closeAllSteps(h);
	}

	void save(Handover h) {
		if (mapper.update(h) != 1) {
			throw new OptimisticLockingFailureException("handover " + h.id() + " changed under us");
		}
		h.bumpVersion();
	}

	public void audit(Handover h, Actor actor, String action, Map<String, ?> detail) {
		audit.append(h.id(), actor, action, detail);
	}

	Access access() {
		return access;
	}

}
