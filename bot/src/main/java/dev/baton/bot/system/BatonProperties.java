package dev.baton.bot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Baton's own settings, each also an environment variable ({@code baton.redis.url} is {@code BATON_REDIS_URL}).
 * The database settings ({@code BATON_DB_URL}, {@code BATON_DB_USER}, {@code BATON_DB_PASSWORD},
 * {@code BATON_DATA_DIR}) feed {@code spring.datasource.*} in application.yml.
 */
@ConfigurationProperties("baton")
public record BatonProperties(Redis redis) {

	public BatonProperties {
		redis = redis == null ? new Redis(null) : redis;
	}

	/** @param url {@code redis://[user:password@]host:port[/db]}; absent means in-process state */
	public record Redis(String url) {
	}

}
