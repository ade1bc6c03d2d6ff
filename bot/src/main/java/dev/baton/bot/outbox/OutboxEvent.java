package dev.baton.bot.outbox;

/** Why a message is sent; the platforms layer renders each with its payload. */
public enum OutboxEvent {

	NOTICE_ISSUED, CHECKLIST_SUBMITTED, REVIEW_REQUESTED, CHECKLIST_RETURNED, CONFIRMATION_REQUESTED, ITEM_DISPUTED,
	DISPUTE_RULED, SIGNING_REQUESTED, ARCHIVED_COPY, PLAN_REQUESTED, FOLLOW_UP_STARTED, PROGRESS_REPORTED,
	HANDOVER_CLOSED, HANDOVER_CANCELLED, CALENDAR_YEAR_MISSING,
	/**
	 * joint review passed: told to the departing official and the organizer (the
	 * successor is asked to confirm)
	 */
	REVIEW_PASSED,
	/**
	 * a department returned the checklist: the other departments' reviewers learn that
	 * the round is over
	 */
	REVIEW_ROUND_ENDED,
	/** a waiting step is due soon or today (a reminder of its escalation ladder) */
	REMINDER,
	/** a waiting step is overdue: a level of its escalation ladder */
	ESCALATION,
	/**
	 * a reminder or level found nobody in a post it names (vacant): told to the organizer
	 * or administrators
	 */
	ESCALATION_SKIPPED,
	/** a scheduled broadcast's fixed message */
	BROADCAST,
	/** the 督办 digest for supervisors: counts by state, overdue steps, discipline flags */
	SUPERVISION_DIGEST,
	/**
	 * the digest for a unit's chat group: counts by state and of overdue steps, no names
	 * or findings
	 */
	GROUP_DIGEST,
	/**
	 * an archived handover's public summary (公开) for the unit's group: parties, date,
	 * counts, no item
	 */
	PUBLICITY,
	/**
	 * the policy asks for publicity but the unit has no chat group: told to the
	 * organizer, with how to post it
	 */
	PUBLICITY_NO_GROUP,
	/**
	 * the directory sync: a party left the organization, their open steps of a handover
	 * are vacant (organizers)
	 */
	OFFICIAL_LEFT,
	/**
	 * someone whose chat account is bound to no official wrote to Baton (their unit's
	 * organizers, once a day)
	 */
	UNBOUND_PERSON_TRIED,
	/**
	 * 更换接任人 (#13): the old and the new successor, the departing official and the
	 * organizer are told
	 */
	SUCCESSOR_CHANGED,
	/**
	 * 延期 (#13): a stage's deadline moved later; the parties, the organizer and the people
	 * it waits on are told
	 */
	DEADLINE_EXTENDED,
	/**
	 * a discipline flag was raised by an act (交接不清, 交接不实): the supervisors over the unit
	 * are told (#13)
	 */
	DISCIPLINE_FLAG,
	/**
	 * a platform's API calls this month passed a threshold of its monthly budget: the
	 * root administrators are told
	 */
	PLATFORM_BUDGET,
	/**
	 * #14: something a person sent could not be processed after every retry (the inbox's
	 * dead letter): they are told
	 */
	INBOX_DEAD_LETTER,
	/**
	 * 交接书 N (#15): the archived handover's 交接书 as a file, to the person who asked for it
	 * in chat
	 */
	DOCUMENT_REQUESTED,
	/** 催办 (#17): an organizer or supervisor urged whoever owes an open step, by hand */
	STEP_URGED,
	/**
	 * 台账 (#15): the ledger of the handovers under a unit as a file, to the person who
	 * asked for it in chat
	 */
	LEDGER_REQUESTED,
	/**
	 * 只提问（不退回） (#12, t19a): a reviewer's question on an item, to the departing official;
	 * the review stays open
	 */
	REVIEW_QUESTION,
	/**
	 * the departing official's answer to a reviewer's question, to the reviewer who asked
	 */
	REVIEW_QUESTION_ANSWERED

}
