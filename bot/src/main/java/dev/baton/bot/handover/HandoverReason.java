package dev.baton.bot.handover;

/** Why the official leaves the post. */
public enum HandoverReason {

	/** 调任 / 交流 */
	TRANSFER,
	/** 免职 */
	REMOVAL,
	/** 辞职 */
	RESIGNATION,
	/** 退休 */
	RETIREMENT, OTHER

}
