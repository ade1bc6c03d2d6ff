package dev.baton.bot.roster;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The roster import's limits: {@code baton.roster.max-bytes}
 * ({@code BATON_ROSTER_MAX_BYTES}), the largest file taken (refused with 413 as soon as
 * the body passes it, before it is parsed), and {@code baton.roster.max-rows}
 * ({@code BATON_ROSTER_MAX_ROWS}), the most rows read from the 名册 sheet.
 */
@ConfigurationProperties("baton.roster")
@Validated
public record RosterProperties(@Positive Long maxBytes, @Positive Integer maxRows) {

	public static final long DEFAULT_MAX_BYTES = 10L << 20;

	public static final int DEFAULT_MAX_ROWS = 20_000;

	public RosterProperties {
		maxBytes = maxBytes == null ? DEFAULT_MAX_BYTES : maxBytes;
		maxRows = maxRows == null ? DEFAULT_MAX_ROWS : maxRows;
	}

}
