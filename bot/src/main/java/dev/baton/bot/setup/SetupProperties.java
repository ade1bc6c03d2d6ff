package dev.baton.bot.setup;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The first start, {@code baton.setup.*} (the first administrator's own settings are
 * {@link BootstrapAdmin}, {@code baton.bootstrap.admin.*}).
 *
 * @param codeValidity how long the setup code printed at a first start stays valid
 * (default 24h)
 */
@ConfigurationProperties("baton.setup")
@Validated
public record SetupProperties(@DurationMin(minutes = 1) @DurationMax(days = 30) Duration codeValidity) {

	public SetupProperties {
		codeValidity = codeValidity == null ? Duration.ofHours(24) : codeValidity;
	}

}
