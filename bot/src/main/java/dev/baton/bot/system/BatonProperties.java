package dev.baton.bot.system;

import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Baton's top-level settings, {@code baton.*} without a feature of their own; each is an
 * environment variable ({@code baton.redis.url} is {@code BATON_REDIS_URL}). The database
 * settings feed {@code spring.datasource.*} and the port {@code server.port} in
 * application.yml, which keep the same defaults. Every feature's settings are a record of
 * their own in the feature's package, one prefix each ({@code baton.delivery},
 * {@code baton.inbox}…): README, "Configuration", lists them all, and
 * {@code ConfigurationTableTest} holds the table to the records.
 *
 * @param zone the units' time zone: what "today" is for deadlines
 * @param dataDir where the embedded H2 database lives
 * @param port the HTTP port
 * @param demo whether the demo data is written (the demo profile sets it)
 * @param db the database (unset: the embedded H2 under {@code dataDir})
 * @param redis the shared state (unset: this process)
 */
@ConfigurationProperties("baton")
@Validated
public record BatonProperties(@NotNull ZoneId zone, @NotBlank String dataDir, @Min(1) @Max(65535) Integer port,
		Boolean demo, @Valid Db db, @Valid Redis redis) {

	public BatonProperties {
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
		dataDir = dataDir == null ? "./data" : dataDir;
		port = port == null ? 8080 : port;
		demo = demo != null && demo;
		db = db == null ? new Db(null, null, null) : db;
		redis = redis == null ? new Redis(null) : redis;
	}

	/**
	 * @param url {@code jdbc:mysql://…} or {@code jdbc:mariadb://…}; unset: H2 under the
	 * data directory
	 * @param user the database user
	 * @param password the database password
	 */
	public record Db(
			@Pattern(regexp = "jdbc:(h2|mysql|mariadb):.+",
					message = "must be a JDBC URL starting jdbc:mysql:, jdbc:mariadb: or jdbc:h2:") String url,
			String user, String password) {

		public Db {
			user = user == null ? "sa" : user;
			password = password == null ? "" : password;
		}

		@Override
		public String toString() {
			return "Db[" + url + ", " + user + "]";
		}

	}

	/**
	 * @param url {@code redis://[user:password@]host:port[/db]}; absent means in-process
	 * state
	 */
	public record Redis(
			@Pattern(regexp = "rediss?://.+", message = "must be a URL starting redis:// or rediss://") String url) {

		@Override
		public String toString() {
			return "Redis[" + (url == null ? "in process" : "set") + "]";
		}

	}

}
