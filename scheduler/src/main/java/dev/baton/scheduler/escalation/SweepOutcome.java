package dev.baton.scheduler.escalation;

/**
 * What one sweep did.
 *
 * @param visited due steps looked at
 * @param sent stages sent
 * @param skipped stages whose posts were all vacant
 * @param missed stages folded into a later one after downtime
 * @param deferred steps held until the next sending time
 * @param failedBatches batches rolled back (a lock conflict): their steps stay due for
 * the next sweep
 */
public record SweepOutcome(int visited, int sent, int skipped, int missed, int deferred, int failedBatches) {
}
