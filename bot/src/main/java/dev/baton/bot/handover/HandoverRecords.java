package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.calendar.CalendarCoverage;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What every handover service does around its own logic: lock the case, check the actor
 * and the state, move the state, keep the waiting steps, write the audit row and queue
 * notifications, all in the caller's transaction.
 */
@Component
public class HandoverRecords {

	/**
	 * The payload fields that carry a deadline Baton set: checked against the holiday
	 * calendar's years.
	 */
	private static final List<String> DEADLINES = List.of("dueOn", "checklistDue", "receiptDue");

	private final HandoverMapper mapper;

	private final Access access;

	private final AuditLog audit;

	private final Outbox outbox;

	private final Policies policies;

	private final Directory directory;

	private final TimeSource time;

	private final CalendarCoverage calendar;

	HandoverRecords(HandoverMapper mapper, Access access, AuditLog audit, Outbox outbox, Policies policies,
			Directory directory, TimeSource time, CalendarCoverage calendar) {
		this.calendar = calendar;
		this.mapper = mapper;
		this.access = access;
		this.audit = audit;
		this.outbox = outbox;
		this.policies = policies;
		this.directory = directory;
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
		closeStep(h, WaitingStepKind.NOTICE_RECEIPT, "");
		audit(h, actor, "NOTICE_ACKNOWLEDGED", Map.of("how", how));
		moved(h, drafting, actor);
	}

	/** Cancelled: no step waits any more. */
	void cancelled(Handover h, Actor actor, String why) {
		moved(h, h.cancel(time.now(), why), actor);
		closeAllSteps(h);
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

	// ------------------------------------------------------------------ waiting steps

	/**
	 * Opens a waiting step due after the policy's period for its kind, counted from
	 * today.
	 */
	public LocalDate openStep(Handover h, WaitingStepKind kind, String subject) {
		LocalDate due = policies.due(time.today(), policy(h).deadline(kind));
		openStep(h, kind, subject, due);
		return due;
	}

	public void openStep(Handover h, WaitingStepKind kind, String subject, LocalDate due) {
		Integer last = mapper.lastRound(h.id(), kind, subject);
		// the escalation sweep looks at a new step at once and plans its reminders from
		// there
		mapper.insertStep(h.id(), kind, subject, last == null ? 1 : last + 1, time.today(), due, time.now());
	}

	public void closeStep(Handover h, WaitingStepKind kind, String subject) {
		mapper.closeSteps(h.id(), kind, subject, time.now());
	}

	public void closeAllSteps(Handover h) {
		mapper.closeAllSteps(h.id(), time.now());
	}

	public List<WaitingStep> steps(long handoverId) {
		return mapper.steps(handoverId);
	}

	/** The waiting steps of several handovers in one query (none for none). */
	public List<WaitingStep> stepsOf(java.util.Collection<Long> handoverIds) {
		return handoverIds.isEmpty() ? List.of() : mapper.stepsOf(handoverIds);
	}

	// ------------------------------------------------------------------ people and
	// notifications

	/** Reviewers of the department whose scope covers the handover's unit. */
	public List<Long> reviewers(Handover h, Department department) {
		return directory.holders(Role.REVIEWER, department, h.unitId());
	}

	/** Every reviewer of every reviewing department of the handover's policy. */
	public List<Long> allReviewers(Handover h) {
		return policy(h).reviewers().stream().flatMap(d -> reviewers(h, d).stream()).distinct().toList();
	}

	/**
	 * Queues a notification about the handover; the payload carries the case's names so
	 * the message can be rendered without another lookup.
	 */
	public void notify(Handover h, OutboxEvent event, Collection<Long> recipients, boolean confidential,
			Map<String, ?> extra) {
		outbox.enqueue(h.id(), event, recipients, confidential, payload(h, extra));
	}

	/**
	 * A message about the handover to the chat groups of its unit: never confidential
	 * (counts and progress).
	 */
	public void notifyUnitGroups(Handover h, OutboxEvent event, Map<String, ?> extra) {
		outbox.enqueueToGroups(h.id(), event, h.unitId(), payload(h, extra));
	}

	private Map<String, Object> payload(Handover h, Map<String, ?> extra) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("handoverId", h.id());
		payload.put("unit", directory.unit(h.unitId()).name());
		payload.put("departing", directory.official(h.departingId()).name());
		payload.put("successor", directory.official(h.successorId()).name());
		payload.put("state", h.state().name());
		payload.putAll(extra);
		List<Integer> unchecked = calendar.unloadedYears(DEADLINES.stream()
			.map(extra::get)
			.filter(v -> v != null && v.toString().matches("\\d{4}-\\d{2}-\\d{2}"))
			.map(v -> LocalDate.parse(v.toString()))
			.toList());
		if (!unchecked.isEmpty()) {
			payload.put("uncheckedYears", unchecked); // the notice says the deadline
														// could not be checked for
														// holidays
		}
		return payload;
	}

	Access access() {
		return access;
	}

}
