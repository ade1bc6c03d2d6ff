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
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.InvalidStateException;
import dev.baton.bot.handover.WaitingStepKind;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 未了事项推进计划: after archiving, the successor plans each unfinished item in steps with due dates and reports
 * progress. These are new records appended beside the frozen one. When every step is done the case closes.
 */
@Service
public class FollowUpService {

	private static final int DESCRIPTION_MAX = 512;

	private final HandoverRecords records;

	private final FollowUpMapper mapper;

	private final Checklists checklists;

	FollowUpService(HandoverRecords records, FollowUpMapper mapper, Checklists checklists) {
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
		mapper.insertPlan(h.id(), item.id(), actor.officialId(), records.time().now(), plan);
		for (int i = 0; i < steps.size(); i++) {
			mapper.insertStep(plan.id, i + 1, steps.get(i).description().strip(), steps.get(i).dueOn());
		}
		List<FollowUpStep> written = mapper.steps(h.id()).stream().filter(s -> s.planId() == plan.id).toList();
		for (FollowUpStep step : written) {
			records.openStep(h, WaitingStepKind.FOLLOW_UP_STEP, step.label(), step.dueOn());
		}
		records.audit(h, actor, "PLAN_SUBMITTED", Map.of("item", itemSeq, "steps", steps.size()));
		if (everyUnfinishedItemPlanned(h)) {
			records.closeStep(h, WaitingStepKind.PLAN, "");
			if (h.state() == HandoverState.ARCHIVED) {
				records.moveTo(h, HandoverState.FOLLOW_UP, actor);
				records.notify(h, OutboxEvent.FOLLOW_UP_STARTED, List.of(h.organizerId(), h.successorId()), false,
						Map.of("steps", mapper.steps(h.id()).size()));
			}
		}
		return written;
	}

	/** Progress on a step; {@code completes} marks it done. The last step done closes the case. */
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
		var now = records.time().now();
		mapper.insertProgress(step.id(), note.strip(), evidence, completes, actor.officialId(), now);
		if (completes) {
			mapper.completeStep(step.id(), now);
			records.closeStep(h, WaitingStepKind.FOLLOW_UP_STEP, step.label());
		}
		records.audit(h, actor, completes ? "STEP_COMPLETED" : "PROGRESS_REPORTED",
				Map.of("item", step.itemSeq(), "step", step.seq(), "note", note.strip()));
		// the notice carries the progress itself, named as the step is everywhere ("4.2"): nothing to look up; the
		// note is free text (it may name an amount), so it goes 1:1 only
		Map<String, Object> reported = new java.util.LinkedHashMap<>();
		reported.put("item", step.itemSeq());
		reported.put("step", step.seq());
		reported.put("label", step.label());
		reported.put("description", step.description());
		reported.put("note", note.strip());
		reported.put("completes", completes);
		if (completes) {
			reported.put("variant", "COMPLETED");
		}
		records.notify(h, OutboxEvent.PROGRESS_REPORTED, List.of(h.organizerId()), true, reported);
		boolean allDone = mapper.steps(h.id()).stream().allMatch(s -> s.completedAt() != null);
		if (allDone && everyUnfinishedItemPlanned(h) && h.state() == HandoverState.FOLLOW_UP) {
			records.closed(h, actor);
			records.notify(h, OutboxEvent.HANDOVER_CLOSED, List.of(h.organizerId(), h.successorId(), h.departingId()),
					false, Map.of());
		}
	}

	public List<FollowUpStep> steps(long handoverId) {
		return mapper.steps(handoverId);
	}

	public List<Progress> progress(long handoverId) {
		return mapper.progress(handoverId);
	}

	private Handover following(Actor actor, long handoverId, Action action, String attempted) {
		Handover h = records.lock(handoverId);
		records.require(actor, action, h);
		if (h.state() != HandoverState.ARCHIVED && h.state() != HandoverState.FOLLOW_UP) {
			throw new InvalidStateException(h.id(), h.state(), attempted);
		}
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
				throw new InvalidInputException("followup.badStep", "each step needs a description of at most 512 characters");
			}
			if (step.dueOn() == null || step.dueOn().isBefore(records.time().today())) {
				throw new InvalidInputException("followup.badDue", "each step needs a due date from today on");
			}
		}
	}

}
