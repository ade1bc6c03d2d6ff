package dev.baton.bot.discipline;

/** The four discipline findings derived from a handover's record. */
public enum DisciplineFlag {

	/** 久拖不交: the notice or the checklist went past its deadline */
	OVERDUE_HANDOVER("久拖不交", "Handover delayed"),
	/** 交接不清: the checklist was returned in review */
	UNCLEAR_HANDOVER("交接不清", "Handover unclear"),
	/** 交接不实: the ruling department corrected the departing official's statement */
	UNTRUE_HANDOVER("交接不实", "Handover untrue"),
	/** 交后不理: the follow-up plan or a follow-up step went past its deadline */
	NEGLECT_AFTER_HANDOVER("交后不理", "Neglected after handover");

	private final String zh;

	private final String en;

	DisciplineFlag(String zh, String en) {
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
