package dev.baton.bot.discipline;

import java.time.Instant;

/**
 * A discipline flag as it was raised (#15): when, and why in words, in Chinese
 * ({@code reasonZh}, as the documents say it) and English: which return and its comment,
 * which ruling, which overdue step and since when.
 */
public record RaisedFlag(long handoverId, DisciplineFlag flag, Instant raisedAt, String reasonZh, String reasonEn) {

	/**
	 * Raised by what happened before the archive (all but 交后不理), so part of the archived
	 * record.
	 */
	public boolean beforeArchive() {
		return flag != DisciplineFlag.NEGLECT_AFTER_HANDOVER;
	}

}
