package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.PeriodText;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延期 (#13): an organizer moves the deadline of the stage a handover is in to a later day,
 * for a reason, within the cap of its policy ({@link HandoverPolicy#maxExtension()},
 * counted from the day each step was first due, however many times it is extended). The
 * stage's open steps move together: the checklist before submission (and the notice's
 * 清单期限 with it), the reviews in joint review, the confirmation and open rulings, the
 * signatures. Each moved step's reminders and escalation levels start again for the new
 * day. A request past the cap is refused with the cap said; the parties, the organizer
 * and the people the steps wait on are told the new day; it is audited.
 */
@Service
public class DeadlineExtensions {

	/** The steps of each stage that 延期 moves. */
	private static final Map<HandoverState, Set<WaitingStepKind>> STAGE = Map.of(HandoverState.NOTIFIED,
			EnumSet.of(WaitingStepKind.CHECKLIST), HandoverState.DRAFTING, EnumSet.of(WaitingStepKind.CHECKLIST),
			HandoverState.IN_REVIEW, EnumSet.of(WaitingStepKind.REVIEW), HandoverState.CONFIRMING,
			EnumSet.of(WaitingStepKind.CONFIRMATION, WaitingStepKind.RULING), HandoverState.SIGNING,
			EnumSet.of(WaitingStepKind.SIGNING));

	/** After archiving: the plan and its steps (chat's 延期, {@link #extendPressing}). */
	private static final Set<WaitingStepKind> FOLLOWING = EnumSet.of(WaitingStepKind.PLAN,
			WaitingStepKind.FOLLOW_UP_STEP);

	/**
	 * How much later: by a period from each step's due day, or from today for a step
	 * already overdue (5天 / 3个工作日), or to a day (延至12月20日). Exactly one is given.
	 */
	public record Request(Period by, LocalDate until) {

		public Request {
			if ((by == null) == (until == null)) {
				throw new IllegalArgumentException("an extension is by a period or until a day");
			}
		}

	}

	/**
	 * One moved step.
	 *
	 * @param latest the latest day the policy's cap allows for it
	 * @param countedFrom the day a period was counted from: the due day, or today for a
	 * step already overdue ({@link #countedFrom}); null for 延至 a day
	 */
	public record Moved(WaitingStepKind kind, String subject, LocalDate from, LocalDate to, LocalDate latest,
			LocalDate countedFrom) {

		/** Counted from today, not from its lapsed due day. */
		public boolean fromToday() {
			return countedFrom != null && countedFrom.isAfter(from);
		}

	}

	/**
	 * The day a period of 延期 is counted from: the step's due day, or today when that day
	 * has passed (newcomer 24, finding 2: "给他延3天" for one who missed the notice means 3
	 * days to act, not 3 days from a lapsed day, which may itself be past). One rule for
	 * chat, the console and the API.
	 */
	static LocalDate countedFrom(LocalDate dueOn, LocalDate today) {
		return dueOn.isBefore(today) ? today : dueOn;
	}

	/** What was done: the steps moved, and the cap of the policy. */
	public record Extension(Handover handover, List<Moved> moved, Period cap) {
	}

	private final HandoverRecords records;

	private final HandoverMapper mapper;

	private final Policies policies;

	private final TimeSource time;

	private final HandoverNotices handoverNotices;

	private final StepWaiters waiters;

	private final dev.baton.bot.directory.Directory directory;

	DeadlineExtensions(HandoverRecords records, HandoverMapper mapper, Policies policies, TimeSource time,
			HandoverNotices handoverNotices, StepWaiters waiters, dev.baton.bot.directory.Directory directory) {
		this.directory = directory;
		this.waiters = waiters;
		this.handoverNotices = handoverNotices;
		this.time = time;
		this.records = records;
		this.mapper = mapper;
		this.policies = policies;
	}

	/**
	 * A deadline 延期 would move: its step, the day it is due, and the latest day the
	 * policy's cap allows.
	 */
	public record Deadline(long stepId, WaitingStepKind kind, String subject, LocalDate dueOn, LocalDate latest) {
	}

	/**
	 * The deadlines 延期 would move now, with how far each may go, for the organizer
	 * deciding how much later (the same checks as {@link #extend}: who may, the state).
	 */
	@Transactional(readOnly = true)
	public List<Deadline> deadlines(Actor actor, long handoverId) {
		Handover h = records.find(handoverId);
		records.require(actor, Action.EXTEND_DEADLINE, h);
		h.requireStageExtendable();
		return withCaps(h,
				mapper.openStepDues(h.id()).stream().filter(s -> STAGE.get(h.state()).contains(s.kind())).toList());
	}

	/**
	 * Every open step of the handover, each of which {@link #extendStep} may move on its
	 * own (签收, the checklist, a review, a plan step…), with its due day and the latest
	 * day the policy's cap allows; the same checks (who may, a running handover).
	 */
	@Transactional(readOnly = true)
	public List<Deadline> openDeadlines(Actor actor, long handoverId) {
		Handover h = readable(actor, handoverId);
		return withCaps(h, mapper.openStepDues(h.id()));
	}

	/** The handover, when the actor may extend its deadlines and it runs. */
	private Handover readable(Actor actor, long handoverId) {
		Handover h = records.find(handoverId);
		records.require(actor, Action.EXTEND_DEADLINE, h);
		h.requireRunning("extend a deadline");
		return h;
	}

	/** The handover, locked, when the actor may extend its deadlines and it runs. */
	private Handover lockedRunning(Actor actor, long handoverId) {
		Handover h = records.lock(handoverId);
		records.require(actor, Action.EXTEND_DEADLINE, h);
		h.requireRunning("extend a deadline");
		return h;
	}

	/** The steps as deadlines, each with the latest day the policy's cap allows. */
	private List<Deadline> withCaps(Handover h, List<ExtendedStep> steps) {
		Period cap = records.policy(h).maxExtension();
		return steps.stream()
			.map(s -> new Deadline(s.id(), s.kind(), s.subject(), s.dueOn(), policies.due(s.firstDueOn(), cap)))
			.toList();
	}

	/**
	 * 延期 of one open step, whatever the stage (签收 before the checklist, a plan step after
	 * archiving…), within the policy's cap counted from the day that step was first due;
	 * audited and told as {@link #extend} does. A step that is not one of the handover's
	 * open steps is not found.
	 */
	@Transactional
	public Extension extendStep(Actor actor, long handoverId, long stepId, Request request, String reason) {
		String why = SuccessorChanges.reason(reason, "handover.extension.needsReason");
		Handover h = lockedRunning(actor, handoverId);
		List<ExtendedStep> steps = mapper.openStepDues(h.id()).stream().filter(s -> s.id() == stepId).toList();
		if (steps.isEmpty()) {
			throw new dev.baton.bot.system.NotFoundException("waitingStep", stepId);
		}
		return move(actor, h, steps, request, why);
	}

	/**
	 * The deadlines chat's 延期 moves (newcomer 21, findings 11 and 12: the escalation
	 * about an overdue 签收 or plan step tells the organizer to reply "交接5延期3天", which
	 * moved the checklist instead, or was refused after archiving): every overdue open
	 * step when one is overdue, whatever the stage (the escalation is about it), else the
	 * stage's steps (after archiving, the plan and its steps); who may, and a running
	 * handover.
	 */
	@Transactional(readOnly = true)
	public List<Deadline> pressing(Actor actor, long handoverId) {
		Handover h = readable(actor, handoverId);
		return withCaps(h, pressingSteps(h));
	}

	/**
	 * 延期 of the {@link #pressing} deadlines together, within the cap of each, or none of
	 * them; audited and told as {@link #extend} does.
	 */
	@Transactional
	public Extension extendPressing(Actor actor, long handoverId, Request request, String reason) {
		return extendPressing(actor, handoverId, request, reason, null);
	}

	/**
	 * As {@link #extendPressing(Actor, long, Request, String)}, the handover named by one
	 * of its parties ({@code about}), whom a leading 他/她 of the reason refers to in the
	 * notices ({@link NoticeReason}).
	 */
	@Transactional
	public Extension extendPressing(Actor actor, long handoverId, Request request, String reason, Long about) {
		String why = SuccessorChanges.reason(reason, "handover.extension.needsReason");
		Handover h = lockedRunning(actor, handoverId);
		List<ExtendedStep> steps = pressingSteps(h);
		if (steps.isEmpty()) {
			throw new ConflictException("handover.extension.nothingOpen", "handover " + h.id() + " waits on no step",
					h.id());
		}
		return move(actor, h, steps, request, why, about);
	}

	private List<ExtendedStep> pressingSteps(Handover h) {
		List<ExtendedStep> open = mapper.openStepDues(h.id());
		LocalDate today = time.today();
		List<ExtendedStep> overdue = open.stream().filter(s -> s.dueOn().isBefore(today)).toList();
		if (!overdue.isEmpty()) {
			return overdue;
		}
		Set<WaitingStepKind> stage = STAGE.getOrDefault(h.state(), FOLLOWING);
		return open.stream().filter(s -> stage.contains(s.kind())).toList();
	}

	/**
	 * The open steps of one kind (签收, the checklist, every review…), as deadlines with
	 * their caps, for a 延期 that names the step (newcomer 24, finding 9: "签收期限延到12月20日");
	 * refused, naming the step and the handover, when none of that kind is open. Who may,
	 * and a running handover.
	 */
	@Transactional(readOnly = true)
	public List<Deadline> ofStep(Actor actor, long handoverId, WaitingStepKind kind) {
		Handover h = readable(actor, handoverId);
		return withCaps(h, stepsOf(h, kind));
	}

	/**
	 * 延期 of every open step of one kind, whatever the stage, each within the cap counted
	 * from the day it was first due, or none of them; audited and told as {@link #extend}
	 * does, a leading 他/她 of the reason read as {@code about} (see
	 * {@link #extendPressing(Actor, long, Request, String, Long)}).
	 */
	@Transactional
	public Extension extendStepsOf(Actor actor, long handoverId, WaitingStepKind kind, Request request, String reason,
			Long about) {
		String why = SuccessorChanges.reason(reason, "handover.extension.needsReason");
		Handover h = lockedRunning(actor, handoverId);
		return move(actor, h, stepsOf(h, kind), request, why, about);
	}

	private List<ExtendedStep> stepsOf(Handover h, WaitingStepKind kind) {
		List<ExtendedStep> steps = mapper.openStepDues(h.id()).stream().filter(s -> s.kind() == kind).toList();
		if (steps.isEmpty()) {
			throw new ConflictException("handover.extension.stepNotOpen",
					"handover " + h.id() + " waits on no step " + kind, h.id(),
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							new String[] { "label." + kind }, kind.name()));
		}
		return steps;
	}

	@Transactional
	public Extension extend(Actor actor, long handoverId, Request request, String reason) {
		String why = SuccessorChanges.reason(reason, "handover.extension.needsReason");
		Handover h = records.lock(handoverId);
		records.require(actor, Action.EXTEND_DEADLINE, h);
		h.requireStageExtendable();
		List<ExtendedStep> steps = mapper.openStepDues(h.id())
			.stream()
			.filter(s -> STAGE.get(h.state()).contains(s.kind()))
			.toList();
		if (steps.isEmpty()) {
			throw new ConflictException("handover.extension.nothingOpen", "handover " + h.id() + " waits on no step",
					h.id());
		}
		return move(actor, h, steps, request, why);
	}

	/**
	 * Moves the steps to the later day, each within the cap, or none of them; audits it
	 * and tells the people.
	 */
	private Extension move(Actor actor, Handover h, List<ExtendedStep> steps, Request request, String why) {
		return move(actor, h, steps, request, why, null);
	}

	private Extension move(Actor actor, Handover h, List<ExtendedStep> steps, Request request, String why, Long about) {
		HandoverPolicy policy = records.policy(h);
		Period cap = policy.maxExtension();
		LocalDate today = time.today();
		List<Moved> moved = new ArrayList<>();
		for (ExtendedStep s : steps) {
			LocalDate base = request.until() != null ? null : countedFrom(s.dueOn(), today);
			LocalDate to = request.until() != null ? request.until() : policies.due(base, request.by());
			LocalDate latest = policies.due(s.firstDueOn(), cap);
			MessageSourceResolvable step = s.named();
			if (!to.isAfter(s.dueOn())) {
				throw new InvalidInputException("handover.extension.notLater",
						"the new due day " + to + " is not after " + s.dueOn(), step, s.dueOn().toString(),
						to.toString());
			}
			if (to.isBefore(today)) {
				throw new InvalidInputException("handover.extension.past", "the new due day " + to + " has passed",
						to.toString(), today.toString());
			}
			if (to.isAfter(latest)) {
				throw new InvalidInputException("handover.extension.overCap",
						"extending to " + to + " goes past " + latest + ", the cap of policy " + policy.code(),
						policy.name(), PeriodText.of(cap), step, s.firstDueOn().toString(), latest.toString(),
						to.toString());
			}
			moved.add(new Moved(s.kind(), s.subject(), s.dueOn(), to, latest, base));
		}
		for (int i = 0; i < steps.size(); i++) {
			mapper.extendStep(steps.get(i).id(), moved.get(i).to(), today, time.now());
			if (steps.get(i).kind() == WaitingStepKind.FOLLOW_UP_STEP) {
				// the plan step keeps its own due day: the record, 进度 and the API read it
				mapper.extendFollowUpStep(h.id(), steps.get(i).subject(), moved.get(i).to());
			}
		}
		moved.stream().filter(m -> m.kind() == WaitingStepKind.CHECKLIST).findFirst().ifPresent(m -> {
			h.extendChecklist(m.to());
			records.save(h);
		});
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("reason", why);
		detail.put("steps",
				moved.stream()
					.map(m -> Map.of("kind", m.kind().name(), "subject", m.subject(), "from", m.from().toString(), "to",
							m.to().toString()))
					.toList());
		detail.put(request.by() != null ? "by" : "until",
				request.by() != null ? request.by().value() + " " + request.by().unit() : request.until().toString());
		records.audit(h, actor, "DEADLINE_EXTENDED", detail);
		// the parties, the organizer and the people the moved steps wait on: not every
		// reviewer when one department's review moves (newcomer 22, finding 12); each
		// told of the step they owe, and of the others moved with it (newcomer 23,
		// finding 14: every notice named the first signature only)
		Map<Long, Set<Integer>> owed = new LinkedHashMap<>();
		List.of(h.departingId(), h.successorId(), h.organizerId())
			.forEach(id -> owed.computeIfAbsent(id, k -> new LinkedHashSet<>()));
		for (int i = 0; i < steps.size(); i++) {
			ExtendedStep s = steps.get(i);
			for (Long id : waiters.of(h, s.kind(), s.subject(), policy.disputeRuler())) {
				owed.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(i);
			}
		}
		// the reason as each reads it: nobody reads of themselves as 他/她 (newcomer 24,
		// finding 10)
		NoticeReason reason = NoticeReason.of(why, about, about == null ? null : directory.official(about).name());
		Map<Map<String, Object>, List<Long>> byOwed = new LinkedHashMap<>();
		owed.forEach((id, mine) -> {
			Map<String, Object> payload = new LinkedHashMap<>(ExtensionNotice.payload(moved, mine, why));
			payload.putAll(reason.forReader(id));
			byOwed.computeIfAbsent(payload, k -> new ArrayList<>()).add(id);
		});
		byOwed.forEach((payload, people) -> handoverNotices.notifyOthers(h, OutboxEvent.DEADLINE_EXTENDED, actor,
				people, false, payload));
		return new Extension(h, List.copyOf(moved), cap);
	}

}
