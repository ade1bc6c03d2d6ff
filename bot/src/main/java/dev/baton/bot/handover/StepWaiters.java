package dev.baton.bot.handover;

import java.util.List;

import dev.baton.bot.access.SignerRole;
import dev.baton.bot.directory.Department;
import dev.baton.bot.policy.WaitingStepKind;
import org.springframework.stereotype.Component;

/**
 * Who an open step of a handover waits on (newcomer 22, finding 12: an extension of one
 * department's review was told to every reviewer): the departing official for 签收 and the
 * checklist, the successor for the confirmation and the plan, the reviewers of the step's
 * department for its review (the step is open only while that department has not
 * decided), the ruling department's reviewers for a ruling, the signer for a signature.
 */
@Component
class StepWaiters {

	private final HandoverReviewers reviewers;

	StepWaiters(HandoverReviewers reviewers) {
		this.reviewers = reviewers;
	}

	/** The people the step waits on now. */
	List<Long> of(Handover h, WaitingStepKind kind, String subject, Department ruler) {
		return switch (kind) {
			case NOTICE_RECEIPT, CHECKLIST -> List.of(h.departingId());
			case CONFIRMATION, PLAN, FOLLOW_UP_STEP -> List.of(h.successorId());
			case REVIEW -> reviewers.reviewers(h, Department.valueOf(subject));
			case RULING -> reviewers.reviewers(h, ruler);
			case SIGNING -> signer(h, SignerRole.valueOf(subject));
		};
	}

	private List<Long> signer(Handover h, SignerRole role) {
		return switch (role) {
			case DEPARTING -> List.of(h.departingId());
			case SUCCESSOR -> List.of(h.successorId());
			case ORGANIZER -> List.of(h.organizerId());
			default -> reviewers.reviewers(h, role.department());
		};
	}

}
