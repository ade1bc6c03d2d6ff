package dev.baton.bot.audit;

import java.time.Instant;

import dev.baton.bot.audit.AuditVerification.Problem;

/**
 * The outcome of checking one handover's own audit chain and the checkpoints that anchor
 * it ({@link AuditVerifier#verifyHandover}).
 *
 * @param entries the entries of the handover's chain, each checked (its hash, its link to
 * the one before, its place)
 * @param legacyEntries the handover's entries written before the chains (V40): each one's
 * own hash checked; their links run through every handover's rows of that time, which
 * only the whole log's check walks
 * @param anchoredUpTo the last entry of the chain a checkpoint anchors (0: none yet)
 * @param checkpoint that checkpoint's number (null: none yet), {@code checkpointAt} when
 * it was written and {@code checkpointHash} its hash; every checkpoint that anchors the
 * chain is recomputed from its anchors and linked to the one before it
 * @param checkpoints how many checkpoints anchor the chain (each checked)
 * @param kind what is wrong (null when intact), {@code brokenEntry} where,
 * {@code problem} in the reader's language
 */
public record HandoverChainCheck(boolean intact, long entries, long legacyEntries, long anchoredUpTo, Long checkpoint,
		Instant checkpointAt, String checkpointHash, int checkpoints, Problem kind, Long brokenEntry, String problem) {

	/**
	 * The entries written after the newest anchoring checkpoint (anchored by the next
	 * one).
	 */
	public long unanchored() {
		return Math.max(0, entries - anchoredUpTo);
	}

}
