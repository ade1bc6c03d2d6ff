package dev.baton.bot.escalation;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reminders and escalation, {@code baton.escalation.*}.
 *
 * @param sweepJob whether this instance registers the minute sweep of due steps on the
 * clustered Quartz store (default true; the test suite drives the sweep itself).
 * {@link EscalationSchedule} is conditional on it.
 * @param sweepBatch due steps per transaction of the sweep (default 50)
 * @param sweepThreads batches of one sweep run at once on this instance (default 1)
 */
@ConfigurationProperties("baton.escalation")
@Validated
public record EscalationProperties(Boolean sweepJob, @Min(1) Integer sweepBatch, @Min(1) Integer sweepThreads) {

	public EscalationProperties {
		sweepJob = sweepJob == null || sweepJob;
		sweepBatch = sweepBatch == null ? EscalationSweep.DEFAULT_BATCH : sweepBatch;
		sweepThreads = sweepThreads == null ? EscalationSweep.DEFAULT_THREADS : sweepThreads;
	}

}
