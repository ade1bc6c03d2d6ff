package dev.baton.bot.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.platform.ConfiguredPlatforms;
import java.util.Random;

import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.state.RateLimit;
import dev.baton.integrations.state.SharedState;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbox delivery. Each platform's calls share one quota per platform and corp across instances:
 * {@code baton.delivery.calls-per-second} (default 10, under DingTalk's 20 QPS per app and API and WeCom's
 * 10,000 a minute per corp); DingTalk's recipients besides, {@code baton.delivery.dingtalk-recipients-per-minute}
 * (default 5,000, the documented cap of work notifications per app and minute).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	/** DingTalk work notifications name at most 100 users a call: the bucket must hold one call. */
	private static final class DingTalkBatchLimit {

		static final int MAX = 100;

	}

	@Bean
	ChatPlatforms chatPlatforms(ObjectProvider<ChatPlatform> beans, ConfiguredPlatforms configured) {
		List<ChatPlatform> all = new ArrayList<>(configured.platforms());
		beans.orderedStream().forEach(all::add);
		return new ChatPlatforms(all);
	}

	@Bean
	NotificationRenderer notificationRenderer(MessageSource messages, ObjectProvider<ChatPlatforms> platforms) {
		return new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE, () -> platforms.getObject().configured());
	}

	@Bean
	OutboxExpander outboxExpander(DeliveryMapper mapper, NotificationRenderer renderer, TimeSource time,
			JsonMapper json) {
		return new OutboxExpander(mapper, renderer, time, json);
	}

	@Bean
	DeliveryBatcher deliveryBatcher(DeliveryMapper mapper, ChatPlatforms platforms, TimeSource time,
			SharedState state) {
		// WeCom drops app messages over 30 a minute to one member; DingTalk work notifications over 500 a day
		RateLimit wecom = new RateLimit(30, Duration.ofMinutes(1));
		RateLimit dingtalk = new RateLimit(500, Duration.ofDays(1));
		return new DeliveryBatcher(mapper, platforms, time, state,
				p -> p == Platform.WECOM ? wecom : p == Platform.DINGTALK ? dingtalk : null);
	}

	@Bean
	BatchSender batchSender(DeliveryMapper mapper, ChatPlatforms platforms, SharedState state, TimeSource time,
			PlatformTransactionManager transactions, @Value("${baton.delivery.calls-per-second:10}") int callsPerSecond,
			@Value("${baton.delivery.lease-seconds:60}") int leaseSeconds,
			@Value("${baton.delivery.dingtalk-recipients-per-minute:5000}") int dingTalkRecipients,
			@Value("${baton.delivery.recipients-window-seconds:60}") int recipientsWindow) {
		RateLimit quota = new RateLimit(callsPerSecond, Duration.ofSeconds(1));
		TransactionTemplate tx = new TransactionTemplate(transactions);
		// a work queue claimed with SKIP LOCKED: no gap locks, so instances do not deadlock on each other's inserts
		tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		// a token bucket lets C + r·W through in any window W: one call's worth at once (C = 100) and the rest of the
		// cap refilled over the window (r = (L − C) / W) keep every window of DingTalk's sliding minute within its
		// 5,000 work-notification recipients (143103) while sending at (L − C) / L of the cap: 98% of it
		int burst = Math.min(DingTalkBatchLimit.MAX, Math.max(1, dingTalkRecipients / 2));
		RateLimit dingTalkPace = new RateLimit(burst, Duration.ofSeconds(recipientsWindow).multipliedBy(burst)
			.dividedBy(Math.max(1, dingTalkRecipients - burst)));
		return new BatchSender(mapper, platforms, state, time, tx,
				new Backoff(new Random()), (Platform p) -> quota, Duration.ofSeconds(leaseSeconds))
			.recipientQuotas(p -> p == Platform.DINGTALK ? dingTalkPace : null);
	}

	@Bean
	@ConditionalOnProperty(name = "baton.delivery.worker", havingValue = "true", matchIfMissing = true)
	OutboxWorker outboxWorker(OutboxExpander expander, DeliveryBatcher batcher, BatchSender sender) {
		return new OutboxWorker(expander, batcher, sender, 500);
	}

}
