package dev.baton.bot.delivery;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Delivery of notices (the outbox) and replies (the reply lane), {@code baton.delivery.*}
 * ({@code BATON_DELIVERY_CALLS_PER_SECOND}…): see README, "Configuration" and "Delivery
 * of notices and replies".
 *
 * @param worker whether this instance runs the outbox worker (the test suite drives it
 * itself)
 * @param replyWorker whether this instance runs the reply worker
 * @param callsPerSecond notice calls per second to one platform and corp, shared by all
 * instances (a token bucket; default 10, under DingTalk's 20 a second per app and API and
 * WeCom's 10,000 a minute per corp)
 * @param replyCallsPerSecond reply calls to one platform and corp in any one second (a
 * sliding window of a second and a 40 ms margin, shared by all instances; default 20,
 * DingTalk's 20 a second per app and API)
 * @param dingtalkRecipientsPerMinute DingTalk work-notification recipients in any window
 * per app (default 5,000, the documented cap; DingTalk drops those over it while
 * answering success)
 * @param recipientsWindowSeconds the window of {@code dingtalkRecipientsPerMinute}
 * (default 60; tests shorten it)
 * @param leaseSeconds how long a claimed batch stays its sender's before another instance
 * sends it again
 * @param maxAttempts sends of a batch or reply, transient failures and unexpected errors
 * alike, after which it is a dead letter (default 8)
 * @param idle how long the outbox worker rests after a round that found nothing (default
 * 500 ms)
 * @param replyIdle how long the reply worker rests unless woken by a committed reply
 * (default 200 ms)
 * @param expandPerRound outbox rows expanded into deliveries per step of a round (default
 * 200)
 * @param batchPerRound deliveries grouped into batches per round (default 20,000)
 * @param sendPerRound batches claimed and sent per round (default 200)
 * @param repliesPerRound replies claimed and sent per round of the reply worker (default
 * 100)
 */
@ConfigurationProperties("baton.delivery")
@Validated
public record DeliveryProperties(Boolean worker, Boolean replyWorker, @Min(1) @Max(10_000) Integer callsPerSecond,
		@Min(1) @Max(1000) Integer replyCallsPerSecond, @Min(1) Integer dingtalkRecipientsPerMinute,
		@Min(1) Integer recipientsWindowSeconds, @Min(1) Integer leaseSeconds, @Min(1) @Max(100) Integer maxAttempts,
		@DurationMin(millis = 1) @DurationMax(minutes = 10) Duration idle,
		@DurationMin(millis = 1) @DurationMax(minutes = 10) Duration replyIdle, @Min(1) Integer expandPerRound,
		@Min(1) Integer batchPerRound, @Min(1) Integer sendPerRound, @Min(1) Integer repliesPerRound) {

	public DeliveryProperties {
		worker = worker == null || worker;
		replyWorker = replyWorker == null || replyWorker;
		callsPerSecond = callsPerSecond == null ? 10 : callsPerSecond;
		replyCallsPerSecond = replyCallsPerSecond == null ? 20 : replyCallsPerSecond;
		dingtalkRecipientsPerMinute = dingtalkRecipientsPerMinute == null ? 5000 : dingtalkRecipientsPerMinute;
		recipientsWindowSeconds = recipientsWindowSeconds == null ? 60 : recipientsWindowSeconds;
		leaseSeconds = leaseSeconds == null ? 60 : leaseSeconds;
		maxAttempts = maxAttempts == null ? 8 : maxAttempts;
		idle = idle == null ? Duration.ofMillis(500) : idle;
		replyIdle = replyIdle == null ? Duration.ofMillis(200) : replyIdle;
		expandPerRound = expandPerRound == null ? 200 : expandPerRound;
		batchPerRound = batchPerRound == null ? 20_000 : batchPerRound;
		sendPerRound = sendPerRound == null ? 200 : sendPerRound;
		repliesPerRound = repliesPerRound == null ? 100 : repliesPerRound;
	}

	/** Defaults throughout (tests that build the senders by hand). */
	static DeliveryProperties defaults() {
		return new DeliveryProperties(null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

}
