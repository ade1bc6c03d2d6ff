package dev.baton.bot.followup;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverNotices;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 未了事项推进计划: after archiving, the successor plans each unfinished item in steps with due
 * dates and reports progress. These are new records appended beside the frozen one. When
 * every step is done the case closes.
 */
@Service
public class FollowUpService {

	private static final int DESCRIPTION_MAX = 512;

	private final HandoverRecords records;

	private final FollowUpMapper mapper;

	private final Checklists checklists;

	private final TimeSource time;

	private final WaitingSteps waitingSteps;

	private final HandoverNotices handoverNotices;

	FollowUpService(HandoverRecords records, FollowUpMapper mapper, Checklists checklists, TimeSource time,
			WaitingSteps waitingSteps, HandoverNotices handoverNotices) {
		this.handoverNotices = handoverNotices;
		this.waitingSteps = waitingSteps;
		this.time = time;
		this.records = records;
		this.mapper = mapper;
		this.checklists = checklists;
	}

	@Transactional
	public List<FollowUpStep> submitPlan(Actor actor, long handoverId, int itemSeq, List<PlanStep> steps) {
		Handover h = following(actor, handoverId, Action.SUBMIT_PLAN, "submit a plan");
		Item item = checklists.item(h.id(), itemSeq);
		if (!item.unfinished()) {
			throw new InvalidInputException("followup.itemFinished", "item " + itemSeq + " is not unfinished", itemSeq);
		}
		if (mapper.planExists(item.id())) {
			throw new InvalidInputException("followup.planExists", "item " + itemSeq + " already has a plan", itemSeq);
		}
		validate(steps);
		FollowUpMapper.IdHolder plan = new FollowUpMapper.IdHolder();
		mapper.insertPlan(h.id(), item.id(), actor.officialId(), time.now(), plan);
		for (int i = 0; i < steps.size(); i++) {
			mapper.insertStep(plan.id, i + 1, steps.get(i).description().strip(), steps.get(i).dueOn());
		}
		List<FollowUpStep> written = mapper.steps(h.id()).stream().filter(s -> s.planId() == plan.id).toList();
		for (FollowUpStep step : written) {
			waitingSteps.openStep(h, WaitingStepKind.FOLLOW_UP_STEP, step.label(), step.dueOn());
		}
		// the steps in the successor's words (newcomer 21, finding 8)
		records.audit(h, actor, "PLAN_SUBMITTED",
				Map.of("item", itemSeq, "steps", steps.size(), "planSteps", written.stream()
					.map(s -> Map.of("label", s.label(), "description", s.description(), "dueOn", s.dueOn().toString()))
					.toList()));
		if (everyUnfinishedItemPlanned(h)) {
			waitingSteps.closeStep(h, WaitingStepKind.PLAN, "");
			if (h.state() == HandoverState.ARCHIVED) {
				records.moved(h, h.startFollowUp(), actor);
				handoverNotices.notify(h, OutboxEvent.FOLLOW_UP_STARTED, List.of(h.organizerId(), h.successorId()),
						false, Map.of("steps", mapper.steps(h.id()).size()));
			}
		}
		return written;
	}

	/**
	 * Progress on a step; {@code completes} marks it done. The last step done closes the
	 * case.
	 */
	@Transactional
	public void reportProgress(Actor actor, long handoverId, long stepId, String note, String evidence,
			boolean completes) {
		Handover h = following(actor, handoverId, Action.REPORT_PROGRESS, "report progress");
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("followup.noteRequired", "progress needs a note");
		}
		FollowUpStep step = mapper.steps(h.id())
			.stream()
			.filter(s -> s.id() == stepId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("step", stepId));
		if (step.completedAt() != null) {
			throw new InvalidInputException("followup.stepDone", "step " + stepId + " is already done", stepId);
		}
		var now = time.now();
		mapper.insertProgress(step.id(), note.strip(), evidence, completes, actor.officialId(), now);
		if (completes) {
			mapper.completeStep(step.id(), now);
			waitingSteps.closeStep(h, WaitingStepKind.FOLLOW_UP_STEP, step.label());
		}
		records.audit(h, actor, completes ? "STEP_COMPLETED" : "PROGRESS_REPORTED",
				Map.of("item", step.itemSeq(), "step", step.seq(), "note", note.strip()));
		// the notice carries the progress itself, named as the step is everywhere
		// ("4.2"): nothing to look up; the
		// note is free text (it may name an amount), so it goes 1:1 only
		Map<String, Object> reported = about(h, step);
		reported.put("note", note.strip());
		reported.put("completes", completes);
		if (completes) {
			reported.put("variant", "COMPLETED");
		}
		handoverNotices.notify(h, OutboxEvent.PROGRESS_REPORTED, List.of(h.organizerId()), true, reported);
		boolean allDone = mapper.steps(h.id()).stream().allMatch(s -> s.completedAt() != null);
		if (allDone && everyUnfinishedItemPlanned(h) && h.state() == HandoverState.FOLLOW_UP) {
			records.moved(h, h.close(time.now()), actor);
			handoverNotices.notify(h, OutboxEvent.HANDOVER_CLOSED,
					List.of(h.organizerId(), h.successorId(), h.departingId()), false, Map.of());
		}
	}

	/**
	 * What taking back a report did.
	 *
	 * @param step the step it was about, as it was
	 * @param progress the report taken back
	 * @param reopened whether it had completed the step, which is open again
	 */
	public record Withdrawn(FollowUpStep step, Progress progress, boolean reopened) {
	}

	/**
	 * Where the reports of a turn about to start begin: the newest report's id now (0
	 * when there is none).
	 */
	public long mark() {
		Long max = mapper.maxProgressId();
		return max == null ? 0 : max;
	}

	/**
	 * The report a turn recorded on the handover by that official (the newest after
	 * {@code mark}, standing), or null.
	 */
	public Long reportedSince(long handoverId, long mark, long officialId) {
		return mapper.reportedAfter(handoverId, mark, officialId);
	}

	/**
	 * 撤销 by the successor: their newest report that still stands is taken back (kept,
	 * marked withdrawn, its words in the audit log); a step it completed is open again
	 * and waits as before. The organizer is told. Null when they have no report standing.
	 */
	@Transactional
	public Withdrawn withdrawLast(Actor actor, long handoverId) {
		long by = actor.officialId() == null ? 0 : actor.officialId();
		Progress last = mapper.lastStanding(handoverId, by);
		return last == null ? null : withdraw(actor, handoverId, last.id());
	}

	/**
	 * 撤销 of the report the successor's last message recorded (#12, newcomer 8, finding
	 * 7): that one report, if it is theirs and still stands, is taken back as
	 * {@link #withdrawLast} does; null otherwise (nothing is taken back).
	 */
	@Transactional
	public Withdrawn withdraw(Actor actor, long handoverId, long progressId) {
		Handover h = following(actor, handoverId, Action.REPORT_PROGRESS, "take back progress");
		long by = actor.officialId() == null ? 0 : actor.officialId();
		Progress last = mapper.progress(h.id())
			.stream()
			.filter(p -> p.id() == progressId && p.reportedBy() == by)
			.findFirst()
			.orElse(null);
		if (last == null) {
			return null;
		}
		FollowUpStep step = step(h, last.stepId());
		var now = time.now();
		mapper.withdrawProgress(last.id(), by, now);
		boolean reopened = last.completes() && step.completedAt() != null;
		if (reopened) {
			mapper.reopenStep(step.id());
			waitingSteps.openStep(h, WaitingStepKind.FOLLOW_UP_STEP, step.label(), step.dueOn());
		}
		records.audit(h, actor, "PROGRESS_WITHDRAWN",
				Map.of("item", step.itemSeq(), "step", step.seq(), "note", last.note(), "reopened", reopened));
		Map<String, Object> told = about(h, step);
		told.put("note", last.note());
		told.put("variant", reopened ? "WITHDRAWN_DONE" : "WITHDRAWN");
		handoverNotices.notify(h, OutboxEvent.PROGRESS_REPORTED, List.of(h.organizerId()), true, told);
		return new Withdrawn(step, last, reopened);
	}

	/**
	 * A step reported done that is not ("不对，2.1还没完成，只完成了八成"): the report that completed
	 * it no longer stands (kept, marked withdrawn), the step is open again, and the
	 * correction is its latest progress. Audited with both; the organizer is told.
	 */
	@Transactional
	public FollowUpStep reopen(Actor actor, long handoverId, long stepId, String note) {
		Handover h = following(actor, handoverId, Action.REPORT_PROGRESS, "reopen a step");
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("followup.noteRequired", "a correction needs a note");
		}
		FollowUpStep step = step(h, stepId);
		if (step.completedAt() == null) {
			throw new InvalidInputException("followup.stepOpen", "step " + stepId + " is not done", step.label());
		}
		String was = mapper.progress(h.id())
			.stream()
			.filter(p -> p.stepId() == step.id() && p.completes())
			.map(Progress::note)
			.reduce((a, b) -> b)
			.orElse("");
		long by = actor.officialId() == null ? 0 : actor.officialId();
		var now = time.now();
		mapper.withdrawCompletion(step.id(), by, now);
		mapper.reopenStep(step.id());
		mapper.insertProgress(step.id(), note.strip(), null, false, by, now);
		waitingSteps.openStep(h, WaitingStepKind.FOLLOW_UP_STEP, step.label(), step.dueOn());
		records.audit(h, actor, "STEP_REOPENED",
				Map.of("item", step.itemSeq(), "step", step.seq(), "note", note.strip(), "was", was));
		Map<String, Object> told = about(h, step);
		told.put("note", note.strip());
		told.put("was", was);
		told.put("variant", "REOPENED");
		handoverNotices.notify(h, OutboxEvent.PROGRESS_REPORTED, List.of(h.organizerId()), true, told);
		return step(h, stepId);
	}

	/**
	 * The successor changes an open step of their plan: its due day ("步骤3.1的期限改成12月18日"),
	 * its words, or both (a null keeps what it was). A new due day is waited for from
	 * then on (the step's waiting step is due on it). Audited with what it was; the
	 * organizer is told.
	 */
	@Transactional
	public FollowUpStep changeStep(Actor actor, long handoverId, long stepId, java.time.LocalDate dueOn,
			String description) {
		Handover h = following(actor, handoverId, Action.SUBMIT_PLAN, "change a plan step");
		FollowUpStep step = step(h, stepId);
		if (step.completedAt() != null) {
			throw new InvalidInputException("followup.stepDone", "step " + stepId + " is already done", stepId);
		}
		java.time.LocalDate due = dueOn == null ? step.dueOn() : dueOn;
		String words = description == null ? step.description() : description.strip();
		validate(List.of(new PlanStep(words, due)));
		mapper.changeStep(step.id(), due, words);
		if (!due.equals(step.dueOn())) {
			waitingSteps.closeStep(h, WaitingStepKind.FOLLOW_UP_STEP, step.label());
			waitingSteps.openStep(h, WaitingStepKind.FOLLOW_UP_STEP, step.label(), due);
		}
		records.audit(h, actor, "STEP_CHANGED",
				Map.of("item", step.itemSeq(), "step", step.seq(), "fromDue", step.dueOn().toString(), "toDue",
						due.toString(), "fromDescription", step.description(), "toDescription", words));
		FollowUpStep changed = step(h, stepId);
		Map<String, Object> told = about(h, changed);
		told.put("fromDue", step.dueOn().toString());
		told.put("dueOn", due.toString());
		told.put("was", step.description());
		told.put("variant", words.equals(step.description()) ? "STEP_CHANGED" : "STEP_REWORDED");
		handoverNotices.notify(h, OutboxEvent.PROGRESS_REPORTED, List.of(h.organizerId()), true, told);
		return changed;
	}

	/**
	 * A step as notices name it: "4.2", item 4's second step, and its words, with the
	 * item's title (#12: the organizer reads which item without looking it up).
	 */
	private Map<String, Object> about(Handover h, FollowUpStep step) {
		Map<String, Object> out = new java.util.LinkedHashMap<>();
		out.put("item", step.itemSeq());
		out.put("title", checklists.item(h.id(), step.itemSeq()).title());
		out.put("step", step.seq());
		out.put("label", step.label());
		out.put("description", step.description());
		return out;
	}

	private FollowUpStep step(Handover h, long stepId) {
		return mapper.steps(h.id())
			.stream()
			.filter(s -> s.id() == stepId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("step", stepId));
	}

	public List<FollowUpStep> steps(long handoverId) {
		return mapper.steps(handoverId);
	}

	public List<Progress> progress(long handoverId) {
		return mapper.progress(handoverId);
	}

	/**
	 * Every report on the handover's steps, those taken back too (marked so), oldest
	 * first: the steps' history.
	 */
	public List<ReportedProgress> history(long handoverId) {
		return mapper.history(handoverId);
	}

	private Handover following(Actor actor, long handoverId, Action action, String attempted) {
		Handover h = records.lock(handoverId);
		records.require(actor, action, h);
		h.requireFollowingUp(attempted);
		return h;
	}

	private boolean everyUnfinishedItemPlanned(Handover h) {
		Set<Long> planned = Set.copyOf(mapper.plannedItemIds(h.id()));
		return checklists.items(h.id()).stream().filter(Item::unfinished).allMatch(i -> planned.contains(i.id()));
	}

	private void validate(List<PlanStep> steps) {
		if (steps == null || steps.isEmpty()) {
			throw new InvalidInputException("followup.noSteps", "a plan needs at least one step");
		}
		for (PlanStep step : steps) {
			if (step.description() == null || step.description().isBlank()
					|| step.description().strip().length() > DESCRIPTION_MAX) {
				throw new InvalidInputException("followup.badStep",
						"each step needs a description of at most 512 characters");
			}
			if (step.dueOn() == null || step.dueOn().isBefore(time.today())) {
				throw new InvalidInputException("followup.badDue", "each step needs a due date from today on");
			}
		}
	}

}
