package dev.baton.bot.console;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code baton.supervision.*} (督办, #17): how long after an urge (催办) of a step the next
 * urge of it is refused ({@code urge-interval}, a day unless set), and at most how many
 * working days before its due day an open step turns yellow on the dashboard
 * ({@code due-soon-working-days}, 3 unless set: the first reminder of the default ladder;
 * a short step later, once fewer than half of its working days are left, see
 * {@code Grades}).
 */
@Validated
@ConfigurationProperties("baton.supervision")
public record SupervisionProperties(@DefaultValue("24h") Duration urgeInterval,
		@DefaultValue("3") @Min(0) @Max(30) int dueSoonWorkingDays) {

	public SupervisionProperties {
		if (urgeInterval.isNegative() || urgeInterval.isZero()) {
			throw new IllegalStateException("baton.supervision.urge-interval must be positive, e.g. 24h");
		}
	}

}
