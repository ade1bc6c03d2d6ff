package dev.baton.bot.access;

/**
 * What an actor may try to do; {@link Access} says who may. Each has a refusal text in
 * messages*.properties.
 */
public enum Action {

	OPEN_HANDOVER, CANCEL_HANDOVER, VIEW_HANDOVER, ACKNOWLEDGE_NOTICE, EDIT_CHECKLIST, SUBMIT_CHECKLIST, REVIEW,
	CONFIRM_ITEM, DISPUTE_ITEM, RULE_DISPUTE, SIGN, SUBMIT_PLAN, REPORT_PROGRESS, VERIFY_AUDIT_LOG, MANAGE_DIRECTORY,
	MANAGE_CALENDAR, CHECK_PLATFORMS, MANAGE_BROADCASTS, MANAGE_GROUPS, MANAGE_UNITS, VIEW_DIRECTORY, GRANT_ADMIN,
	MANAGE_TOKENS,
	/** run the directory sync of a platform app and read its reports */
	SYNC_DIRECTORY,
	/** 更换接任人: another successor before sign-off (#13) */
	CHANGE_SUCCESSOR,
	/** 延期: a later due day for the waiting steps, within the policy's cap (#13) */
	EXTEND_DEADLINE,
	/** read the seeded handover policies and what each sets (#13, newcomer 4: 1) */
	VIEW_POLICIES,
	/**
	 * read the unit's dead letters: notices and replies that could not be delivered (#14)
	 */
	VIEW_DEAD_LETTERS,
	/** the ledger (台账) of the handovers under a unit, as a workbook (#15) */
	VIEW_LEDGER,
	/** make a local console account (user name and password) for an official (#17) */
	MANAGE_CONSOLE_ACCOUNTS,
	/**
	 * 催办 (#17): a manual reminder to whoever owes an open step, at most once per step per
	 * interval
	 */
	URGE_STEP,
	/** send a dead letter (a reply, a notice, a group post) again from the start (#17) */
	RETRY_DEAD_LETTER,
	/**
	 * give up a dead letter (a reply, a notice, a group post, an inbound event) for good,
	 * with a reason (#17)
	 */
	DISCARD_DEAD_LETTER,
	/**
	 * change a handover policy or a checklist template (a new version) for every unit
	 * that follows it (#17)
	 */
	EDIT_POLICIES,
	/**
	 * move the demo's clock forward (demo mode only): whoever opens handovers or
	 * administers a unit (#17)
	 */
	MOVE_DEMO_CLOCK

}
