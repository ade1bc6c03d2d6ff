package dev.baton.bot.checklist;

/**
 * How far the matter itself has got: 已完成 / 推进中 / 未启动, or {@link #ON_HAND} (现状, 在册) for a
 * fact on hand: a bank balance, a building, a heritage site, a forest's area. An item
 * whose status nobody has said yet has none (null): the bot asks, and the checklist
 * cannot be submitted until it is said.
 */
public enum ItemStatus {

	DONE, IN_PROGRESS, NOT_STARTED, ON_HAND;

	/**
	 * Work still to do, which needs the successor's follow-up plan; a fact on hand or a
	 * finished matter does not.
	 */
	public boolean unfinished() {
		return this == IN_PROGRESS || this == NOT_STARTED;
	}

	/** The stored code read back; null (not said yet) for none. */
	public static ItemStatus of(String code) {
		return code == null || code.isBlank() ? null : valueOf(code);
	}

}
