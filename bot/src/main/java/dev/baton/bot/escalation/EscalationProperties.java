package dev.baton.bot.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reminders and escalation, {@code baton.escalation.*}.
 *
 * @param sweepJob whether this instance registers the minute sweep of due steps on the clustered Quartz store (default
 * true; the test suite drives the sweep itself). {@link EscalationSchedule} is conditional on it.
 */
@ConfigurationProperties("baton.escalation")
@Validated
public record EscalationProperties(Boolean sweepJob) {

	public EscalationProperties {
		sweepJob = sweepJob == null || sweepJob;
	}

}
