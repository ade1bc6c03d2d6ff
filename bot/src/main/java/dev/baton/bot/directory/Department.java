package dev.baton.bot.directory;

/**
 * The four supervising departments that review, co-sign and keep a copy of every
 * handover.
 */
public enum Department {

	/** 组织部门 */
	ORGANIZATION("组织", "Organization"),
	/** 纪检监察 */
	DISCIPLINE("纪检监察", "Discipline inspection"),
	/** 财政 */
	FINANCE("财政", "Finance"),
	/** 审计 */
	AUDIT("审计", "Audit");

	private final String zh;

	private final String en;

	Department(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public String zh() {
		return zh;
	}

	public String en() {
		return en;
	}

}
