package dev.baton.bot.followup;

import java.time.Instant;

/**
 * A progress report as the step's history shows it: the ones taken back too (by 撤销, or a
 * step reopened), with when they were withdrawn (#12, newcomer 8, finding 11). A
 * withdrawn report is never the step's current state.
 */
public record ReportedProgress(long id, long stepId, String note, String evidence, boolean completes, long reportedBy,
		Instant reportedAt, Instant withdrawnAt) {

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

}
