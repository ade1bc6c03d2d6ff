package dev.baton.bot.console.urge;

import dev.baton.bot.access.SignerRole;
import dev.baton.bot.directory.Department;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.Policies;

/**
 * The part the people an urge is sent to owe the step in, as a {@link SignerRole} (its
 * {@code label.} key says it: 离任干部, 审计部门审核人): the same owners
 * {@link dev.baton.bot.escalation.StepOwners} finds, by the step's kind and subject; a
 * ruling is owed by the reviewers of the department the handover's policy names.
 */
final class UrgedParts {

	private UrgedParts() {
	}

	static String part(WaitingStep step, Handover h, Policies policies) {
		SignerRole part = switch (step.kind()) {
			case NOTICE_RECEIPT, CHECKLIST -> SignerRole.DEPARTING;
			case CONFIRMATION, PLAN, FOLLOW_UP_STEP -> SignerRole.SUCCESSOR;
			case REVIEW -> SignerRole.reviewer(Department.valueOf(step.subject()));
			case RULING -> SignerRole.reviewer(policies.parse(h.policySnapshot()).disputeRuler());
			case SIGNING -> SignerRole.valueOf(step.subject());
		};
		return part.name();
	}

}
