package dev.baton.bot.directory;

/**
 * Standing roles, each held over a scope in the org tree. Departing and successor are per
 * handover, not roles.
 */
public enum Role {

	/** 组织部 cadre officer: opens handovers, co-signs, receives level-1 escalations */
	ORGANIZER,
	/** reviewer for one department (组织, 纪检监察, 财政, 审计) */
	REVIEWER,
	/** 纪委监委 / 组织部 leader: sees everything in scope, receives escalations and digests */
	SUPERVISOR,
	/**
	 * system operator. Over a unit: its units, officials, accounts, roles and tokens.
	 * Over every unit (the root scope, the only role held there): also the holiday
	 * calendar, the platform check, audit verification, top units
	 */
	ADMIN

}
