package dev.baton.bot.conversation;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Department;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.access.SignerRole;
import org.springframework.stereotype.Component;

/**
 * Whether an open waiting step is the person's to act on: the same rules the services
 * apply when they act (the parties for their own steps, a department's reviewers for its
 * review, the ruling department for a ruling, each signer in the capacity they sign in),
 * so help and 我的待办 never offer what would be refused.
 */
@Component
final class StepActors {

	private final Access access;

	StepActors(Access access) {
		this.access = access;
	}

	/**
	 * @param ruler the department whose ruling is final (only read for a ruling)
	 */
	boolean acts(Actor actor, WaitingStepKind kind, String subject, Subject handover, Department ruler) {
		return switch (kind) {
			case NOTICE_RECEIPT, CHECKLIST -> actor.is(handover.departingId());
			case CONFIRMATION, PLAN, FOLLOW_UP_STEP -> actor.is(handover.successorId());
			case REVIEW -> access.allowed(actor, Action.REVIEW, handover, Department.valueOf(subject));
			case RULING -> ruler != null && access.allowed(actor, Action.RULE_DISPUTE, handover, ruler);
			case SIGNING -> access.mayActAs(actor, SignerRole.valueOf(subject), handover);
		};
	}

}
