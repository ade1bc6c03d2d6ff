package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Component;

/**
 * The steps a handover waits on (签收, the checklist, each review, the confirmation, each
 * signature, a plan and its steps): opened with a due day from the handover's policy,
 * closed when done, all closed when it is cancelled; in the caller's transaction.
 */
@Component
public class WaitingSteps {

	private final HandoverMapper mapper;

	private final Policies policies;

	private final TimeSource time;

	WaitingSteps(HandoverMapper mapper, Policies policies, TimeSource time) {
		this.mapper = mapper;
		this.policies = policies;
		this.time = time;
	}

	/**
	 * Opens a waiting step due after the policy's period for its kind, counted from
	 * today.
	 */
	public LocalDate openStep(Handover h, WaitingStepKind kind, String subject) {
		LocalDate due = policies.due(time.today(), policies.parse(h.policySnapshot()).deadline(kind));
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
	public List<WaitingStep> stepsOf(Collection<Long> handoverIds) {
		return handoverIds.isEmpty() ? List.of() : mapper.stepsOf(handoverIds);
	}

}
