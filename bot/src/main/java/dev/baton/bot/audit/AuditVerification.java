package dev.baton.bot.audit;

/**
 * The outcome of checking every audit chain and every checkpoint: intact, or the first
 * link that does not hold.
 *
 * @param rowsChecked the entries checked, in every chain
 * @param chainsChecked the chains checked (one per handover with entries, the chain of
 * unit-level and system events, the legacy chain of the entries written before the
 * chains)
 * @param checkpointsChecked the checkpoints checked, the genesis not counted
 * @param latestCheckpointHash the newest checkpoint's hash: kept outside Baton, it shows
 * later that nothing before it was rewritten, not even the checkpoints
 * @param kind what is wrong, for programs; null when intact
 * @param brokenChain the chain the problem is in (a handover's id, 0 for unit-level and
 * system events, -1 for the legacy chain), or null for a checkpoint's problem
 * @param brokenEntry the place in that chain of the first entry that does not fit (for a
 * missing entry or a cut-off tail: the first one missing)
 * @param brokenCheckpoint the checkpoint the problem was found through, if it was
 * @param problem what is wrong, in Chinese and in English
 */
public record AuditVerification(boolean intact, long rowsChecked, long chainsChecked, long checkpointsChecked,
		String latestCheckpointHash, Problem kind, Long brokenChain, Long brokenEntry, Long brokenCheckpoint,
		String problem) {

	public enum Problem {

		/** An entry's content no longer matches its hash. */
		CHANGED,
		/** An entry is missing from the middle of its chain. */
		MISSING,
		/**
		 * An entry does not follow the one before it (rewritten with a new hash, moved,
		 * or reordered).
		 */
		OUT_OF_ORDER,
		/** An entry is in a chain that is not its handover's. */
		MISPLACED,
		/**
		 * A chain ends before its head says it does, or its head does not match its last
		 * entry.
		 */
		TAIL_CUT,
		/** A chain has entries but no head row. */
		HEAD_MISSING,
		/** A chain's entries are gone (its head, or a checkpoint, records them). */
		CHAIN_DROPPED,
		/** An entry a checkpoint anchored is gone or is not the one it anchored. */
		ANCHOR_BROKEN,
		/** A checkpoint is missing, changed, or what it anchored was changed. */
		CHECKPOINT_BROKEN

	}

}
