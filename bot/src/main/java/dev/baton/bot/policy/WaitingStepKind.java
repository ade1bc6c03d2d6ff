package dev.baton.bot.policy;

/** Every step of a handover that waits for somebody, each with its own deadline. */
public enum WaitingStepKind {

	/** the departing official acknowledges the notice (签收) */
	NOTICE_RECEIPT,
	/** the departing official fills and submits the checklist */
	CHECKLIST,
	/** one reviewing department approves or returns (subject: the department) */
	REVIEW,
	/** the successor confirms or disputes every item */
	CONFIRMATION,
	/** the ruling department rules on a disputed item (subject: the item number) */
	RULING,
	/** one required signer signs (subject: the signer role) */
	SIGNING,
	/** the successor submits the plan for unfinished items */
	PLAN,
	/** a step of a follow-up plan is carried out (subject: the step id) */
	FOLLOW_UP_STEP

}
