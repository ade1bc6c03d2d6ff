package dev.baton.bot.escalation;

/**
 * Who a reminder or an escalation level tells, resolved through the org tree when it
 * fires.
 */
public enum EscalationRecipient {

	/**
	 * whoever must act on the step: the departing official, a reviewing department, the
	 * successor, a signer
	 */
	ACTOR,
	/** the handover's organizer, or (if they left) the organizers over the unit now */
	ORGANIZER,
	/** the 纪检监察 reviewers over the unit */
	DISCIPLINE,
	/** the supervisors over the unit (纪委监委 / 组织部 leaders: the organizer's leaders) */
	SUPERVISOR,
	/** the administrators over the unit */
	ADMIN

}
