package dev.baton.bot.escalation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.policy.Policies;
import org.springframework.stereotype.Component;

/**
 * Who owes an open step now (the people a reminder of it tells as its actor), resolved
 * through the org tree as the sweep resolves them when a stage fires: the console shows
 * it, and 催办 (urge now) tells them.
 */
@Component
public class StepOwners {

	private final EscalationMapper mapper;

	private final Directory directory;

	private final Policies policies;

	StepOwners(EscalationMapper mapper, Directory directory, Policies policies) {
		this.mapper = mapper;
		this.directory = directory;
		this.policies = policies;
	}

	/**
	 * The owners of each of the steps (every id has an entry; empty when the post is
	 * vacant).
	 */
	public Map<Long, List<Long>> owners(List<Long> stepIds) {
		Map<Long, List<Long>> owners = new HashMap<>();
		if (stepIds.isEmpty()) {
			return owners;
		}
		List<EscalationMapper.StepRow> steps = mapper.steps(stepIds);
		List<Long> handoverIds = steps.stream().map(EscalationMapper.StepRow::handoverId).distinct().toList();
		Map<Long, EscalationMapper.CaseRow> cases = new HashMap<>();
		mapper.cases(handoverIds).forEach(c -> cases.put(c.id(), c));
		Map<Long, Department> rulers = new HashMap<>();
		if (steps.stream().anyMatch(s -> s.kind() == WaitingStepKind.RULING)) {
			mapper.snapshots(handoverIds)
				.forEach(s -> rulers.put(s.id(), policies.parse(s.policySnapshot()).disputeRuler()));
		}
		FireTimeRecipients recipients = new FireTimeRecipients(directory);
		for (EscalationMapper.StepRow w : steps) {
			EscalationMapper.CaseRow h = cases.get(w.handoverId());
			DueStep step = new DueStep(w.id(), w.handoverId(), w.kind(), w.subject(), w.round(), w.startedOn(),
					w.dueOn(), h.unitId(), h.unitPath(), h.unitName(), h.state(), h.departingId(), h.departingName(),
					h.successorId(), h.successorName(), h.organizerId(), w.extensions(), w.extendedOn());
			owners.put(w.id(), recipients.actors(step, rulers.get(w.handoverId())));
		}
		stepIds.forEach(id -> owners.putIfAbsent(id, List.of()));
		return owners;
	}

	/**
	 * The escalation stages recorded for the handover's steps (sent, skipped, missed),
	 * oldest first.
	 */
	public List<EscalationNotice> notices(long handoverId) {
		// those recorded before V54 first; then those on the steps' rows, each step's in
		// the
		// order recorded, the steps' merged by when they fired
		List<EscalationNotice> notices = new ArrayList<>(mapper.legacyNotices(handoverId));
		List<EscalationNotice> logged = new ArrayList<>();
		for (EscalationMapper.StepLog s : mapper.stageLogs(handoverId)) {
			logged.addAll(StageLog.notices(s.id(), s.handoverId(), s.stageLog()));
		}
		logged.sort(Comparator.comparing(EscalationNotice::firedAt));
		notices.addAll(logged);
		return notices;
	}

}
