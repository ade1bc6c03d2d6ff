package dev.baton.bot.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.baton.bot.platform.ConfiguredPlatforms;
import dev.baton.bot.system.ConditionalOnSwitch;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.state.RateLimit;
import dev.baton.integrations.state.SharedState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbox delivery and the reply lane, as {@link DeliveryProperties}
 * ({@code baton.delivery.*}) sets them. Each platform's calls share one quota per
 * platform and corp across instances; DingTalk's recipients besides.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

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
		// WeCom drops app messages over 30 a minute to one member; DingTalk work
		// notifications over 500 a day
		RateLimit wecom = WECOM_PER_MEMBER;
		RateLimit dingtalk = new RateLimit(500, Duration.ofDays(1));
		return new DeliveryBatcher(mapper, platforms, time, state,
				p -> p == Platform.WECOM ? wecom : p == Platform.DINGTALK ? dingtalk : null);
	}

	@Bean
	BatchSender batchSender(DeliveryMapper mapper, ChatPlatforms platforms, SharedState state, TimeSource time,
			PlatformTransactionManager transactions, DeliveryProperties settings,
			ObjectProvider<Attachments> attachments) {
		RateLimit quota = new RateLimit(settings.callsPerSecond(), Duration.ofSeconds(1));
		TransactionTemplate tx = new TransactionTemplate(transactions);
		// a work queue claimed with SKIP LOCKED: no gap locks, so instances do not
		// deadlock on each other's inserts
		tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		// a sliding window in the shared state, DingTalk's own shape: at most this many
		// recipients in any window, each call's counted again from its answer (never
		// before DingTalk counts it, however slow the call), and lengthened by a second
		// (or 2%) in reserve
		Duration window = Duration.ofSeconds(settings.recipientsWindowSeconds());
		Duration margin = window.dividedBy(50).compareTo(Duration.ofSeconds(1)) > 0 ? window.dividedBy(50)
				: Duration.ofSeconds(1);
		BatchSender.RecipientWindow dingTalkWindow = new BatchSender.RecipientWindow(
				settings.dingtalkRecipientsPerMinute(), window.plus(margin));
		BatchSender sender = new BatchSender(mapper, platforms, state, time, tx, new Backoff(new Random()),
				(Platform p) -> quota, Duration.ofSeconds(settings.leaseSeconds()))
			.recipientWindows(p -> p == Platform.DINGTALK ? dingTalkWindow : null)
			.maxAttempts(settings.maxAttempts());
		// the 交接书 copies are made when sent (#15)
		attachments.ifAvailable(sender::attachments);
		return sender;
	}

	/**
	 * WeCom drops app messages over 30 a minute to one member, replies and notices alike.
	 */
	static final RateLimit WECOM_PER_MEMBER = new RateLimit(30, Duration.ofMinutes(1));

	/** … and over 1,000 an hour. */
	static final RateLimit WECOM_PER_MEMBER_HOUR = new RateLimit(1000, Duration.ofHours(1));

	@Bean
	ReplySender replySender(ReplyMapper mapper, ChatPlatforms platforms, SharedState state, TimeSource time,
			PlatformTransactionManager transactions, DeliveryProperties settings) {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		// each step of the lane is a transaction of its own, whoever calls it (a test
		// draining the lane after a turn)
		tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new ReplySender(mapper, platforms, state, time, tx, new Backoff(new Random()),
				ReplySender.pace(settings.replyCallsPerSecond()),
				p -> p == Platform.WECOM ? List.of(WECOM_PER_MEMBER, WECOM_PER_MEMBER_HOUR) : null)
			.maxAttempts(settings.maxAttempts());
	}

	@Bean
	@ConditionalOnSwitch("baton.delivery.reply-worker")
	ReplyWorker replyWorker(ReplySender sender, DeliveryProperties settings) {
		return new ReplyWorker(sender, settings.replyIdle().toMillis(), settings.repliesPerRound());
	}

	/**
	 * Written in the caller's transaction when there is one; the reply worker of this
	 * instance is woken on commit.
	 */
	@Bean
	ReplyLane replyLane(ReplyMapper mapper, TimeSource time, PlatformTransactionManager transactions,
			ObjectProvider<ReplyWorker> worker) {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		return new ReplyLane(mapper, time, tx, () -> worker.ifAvailable(ReplyWorker::wake));
	}

	/** Expands and batches; woken sends on the sending thread at once. */
	@Bean
	@ConditionalOnSwitch("baton.delivery.worker")
	OutboxWorker outboxWorker(OutboxExpander expander, DeliveryBatcher batcher, BatchSender sender,
			DeliveryProperties settings, ObjectProvider<OutboxSendWorker> sending) {
		return new OutboxWorker(expander, batcher, sender, settings.idle().toMillis(), settings)
			.onBatched(() -> sending.ifAvailable(OutboxSendWorker::wake));
	}

	@Bean
	@ConditionalOnSwitch("baton.delivery.worker")
	OutboxSendWorker outboxSendWorker(BatchSender sender, DeliveryProperties settings) {
		return new OutboxSendWorker(sender, settings.idle().toMillis(), settings.sendPerRound());
	}

}
