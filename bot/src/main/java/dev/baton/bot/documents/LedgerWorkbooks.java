package dev.baton.bot.documents;

/**
 * The ledger (台账) of the handovers under a unit as a workbook, in the scope of whoever
 * asked (#15): the same file GET /api/units/{id}/ledger.xlsx gives them. Implemented
 * where the lists are read (web); the chat's copy is made through it when it is sent,
 * like the 交接书.
 */
public interface LedgerWorkbooks {

	/**
	 * The ledger as {@code officialId} may see it; refused (an access exception) when
	 * they may not.
	 */
	DocumentFile ledger(long unitId, long officialId);

}
