package dev.baton.bot.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The audit log, {@code baton.audit.*}.
 *
 * @param checkpointJob whether this instance registers the minute checkpoint of the audit
 * chains on the clustered Quartz store (default true; the test suite writes checkpoints
 * itself). {@link AuditSchedule} is conditional on it.
 */
@ConfigurationProperties("baton.audit")
@Validated
public record AuditProperties(Boolean checkpointJob) {

	public AuditProperties {
		checkpointJob = checkpointJob == null || checkpointJob;
	}

}
