package dev.baton.bot.inbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The durable inbox, {@code baton.inbox.*} ({@code BATON_INBOX_THREADS}…): see README,
 * "The inbox and dead letters".
 *
 * @param lane the instances that share the database and handle the same apps (default
 * {@code main})
 * @param worker whether this instance handles the inbox (default true)
 * @param threads inbox workers on this instance (default 4)
 * @param idle how long an idle worker rests before it looks again (a new event wakes it
 * at once)
 * @param lease how long a claimed event stays its worker's before another may take it up
 * @param maxAttempts handling failures after which an event becomes a dead letter
 * (default 5)
 * @param backoff the first retry's delay after a handling failure; it doubles, capped at
 * 10 minutes
 * @param maxTransientRetries database hiccups (deadlock, lock wait, lost connection)
 * retried at once before they count as a handling failure (default 30)
 * @param retention how long handled events are kept (default 30 days)
 * @param deliveredRetention how long the text of delivered notices and replies is kept
 * (default 30 days)
 * @param purgeEvery how often old rows are purged (default hourly)
 */
@ConfigurationProperties("baton.inbox")
@Validated
public record InboxProperties(
		@Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1 to 64 letters, digits, - or _") String lane,
		Boolean worker, @Min(1) @Max(256) Integer threads,
		@DurationMin(millis = 1) @DurationMax(minutes = 10) Duration idle, @DurationMin(seconds = 1) Duration lease,
		@Min(1) @Max(100) Integer maxAttempts, @DurationMin(millis = 1) Duration backoff,
		@Min(0) Integer maxTransientRetries, @DurationMin(minutes = 1) Duration retention,
		@DurationMin(minutes = 1) Duration deliveredRetention, @DurationMin(seconds = 1) Duration purgeEvery) {

	public InboxProperties {
		lane = lane == null || lane.isBlank() ? "main" : lane;
		worker = worker == null || worker;
		threads = threads == null ? 4 : threads;
		idle = idle == null ? Duration.ofSeconds(1) : idle;
		lease = lease == null ? Duration.ofSeconds(60) : lease;
		maxAttempts = maxAttempts == null ? 5 : maxAttempts;
		backoff = backoff == null ? Duration.ofSeconds(2) : backoff;
		maxTransientRetries = maxTransientRetries == null ? 30 : maxTransientRetries;
		retention = retention == null ? Duration.ofDays(30) : retention;
		deliveredRetention = deliveredRetention == null ? Duration.ofDays(30) : deliveredRetention;
		purgeEvery = purgeEvery == null ? Duration.ofHours(1) : purgeEvery;
	}

}
