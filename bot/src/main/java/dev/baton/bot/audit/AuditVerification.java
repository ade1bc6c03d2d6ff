package dev.baton.bot.audit;

/**
 * The outcome of checking the whole chain: intact, or the first broken link and what is wrong with it.
 *
 * @param firstBrokenSeq the first row that does not fit the chain (for a truncated tail: the first missing seq)
 */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBrokenSeq, String problem) {

	static AuditVerification ok(long rows) {
		return new AuditVerification(true, rows, null, null);
	}

	static AuditVerification broken(long rows, long seq, String problem) {
		return new AuditVerification(false, rows, seq, problem);
	}

}
