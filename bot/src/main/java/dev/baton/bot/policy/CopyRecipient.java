package dev.baton.bot.policy;

/** Who keeps a copy of the archived 交接书 (石嘴山: 纪检监察, 组织, 财政, 审计 and both parties). */
public enum CopyRecipient {

	DISCIPLINE, ORGANIZATION, FINANCE, AUDIT, DEPARTING, SUCCESSOR

}
