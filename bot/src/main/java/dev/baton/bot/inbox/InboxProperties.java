package dev.baton.bot.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The durable inbox, {@code baton.inbox.*} ({@code BATON_INBOX_THREADS}…): see README, "Delivery and operations".
 *
 * @param lane the instances that share the database and handle the same apps (default {@code main})
 * @param worker whether this instance handles the inbox (default true)
 * @param threads inbox workers on this instance (default 4)
 * @param idle how long an idle worker rests before it looks again (a new event wakes it at once)
 * @param lease how long a claimed event stays its worker's before another may take it up
 * @param maxAttempts handling failures after which an event becomes a dead letter (default 5)
 * @param backoff the first retry's delay after a handling failure; it doubles, capped at 10 minutes
 * @param maxTransientRetries database hiccups (deadlock, lock wait, lost connection) retried at once before they
 * count as a handling failure (default 30)
 * @param retention how long handled events are kept (default 30 days)
 * @param deliveredRetention how long the text of delivered notices and replies is kept (default 30 days)
 * @param purgeEvery how often old rows are purged (default hourly)
 */
@ConfigurationProperties("baton.inbox")
public record InboxProperties(String lane, Boolean worker, Integer threads, Duration idle, Duration lease,
		Integer maxAttempts, Duration backoff, Integer maxTransientRetries, Duration retention,
		Duration deliveredRetention, Duration purgeEvery) {

	public InboxProperties {
		lane = lane == null || lane.isBlank() ? "main" : lane;
		worker = worker == null || worker;
		threads = threads == null || threads < 1 ? 4 : threads;
		idle = idle == null ? Duration.ofSeconds(1) : idle;
		lease = lease == null ? Duration.ofSeconds(60) : lease;
		maxAttempts = maxAttempts == null || maxAttempts < 1 ? 5 : maxAttempts;
		backoff = backoff == null ? Duration.ofSeconds(2) : backoff;
		maxTransientRetries = maxTransientRetries == null ? 30 : maxTransientRetries;
		retention = retention == null ? Duration.ofDays(30) : retention;
		deliveredRetention = deliveredRetention == null ? Duration.ofDays(30) : deliveredRetention;
		purgeEvery = purgeEvery == null ? Duration.ofHours(1) : purgeEvery;
	}

}
