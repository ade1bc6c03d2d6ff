package dev.baton.bot.web;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The REST API, {@code baton.api.*}.
 *
 * @param maxBodyBytes the largest request body the REST API and the web chat's API read
 * (default 65,536); a larger one is refused with 413
 */
@ConfigurationProperties("baton.api")
@Validated
public record ApiProperties(@Min(1) Long maxBodyBytes) {

	public ApiProperties {
		maxBodyBytes = maxBodyBytes == null ? 65_536L : maxBodyBytes;
	}

}
