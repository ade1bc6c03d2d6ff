package dev.baton.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.state.InProcessSharedState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The reply lane keeps DingTalk's OpenAPI limit the way the platform counts it, 20 calls
 * in any second, not as one call every 52 ms: twenty answers due at the same instant go
 * out in that instant, so a lane slowed down by one slow call catches up afterwards
 * instead of losing the time for good (P4, BENCHMARKS.md: 88.5 % of the capacity with the
 * even spacing). The quota's clock stands still here: a lane that spaces its calls waits
 * for it for ever. The sender is the application's own (its configuration and settings);
 * the platform is a double at the edge (the emulator's count of the same limit is held by
 * RepliesThroughTheDeliveryPathTest and the P4 harness).
 */
@DomainContext
@Import(RepliesPacedByTheWindowTest.Platforms.class)
@TestPropertySource(properties = "baton.delivery.reply-worker=false")
class RepliesPacedByTheWindowTest {

	@Autowired
	ReplyLane lane;

	@Autowired
	ReplyMapper mapper;

	@Autowired
	ChatPlatforms chatPlatforms;

	@Autowired
	TimeSource time;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DeliveryProperties settings;

	@Autowired
	Platforms platforms;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twentyAnswersDueAtOnceGoOutInTheSameSecond() {
		String corp = "dingpace" + UUID.randomUUID().toString().substring(0, 8);
		List<String> users = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String user = corp + "u" + i;
			users.add(user);
			// no sessionWebhook: each answer is one call of the OpenAPI
			tx.executeWithoutResult(s -> lane.answer(new ChatUser(Platform.DINGTALK, corp, user),
					Conversation.direct(user), null, null, List.of(new OutboundMessage.Text("您的交接已记录。"))));
		}
		InProcessSharedState still = new InProcessSharedState(Clock.fixed(Instant.now(), ZoneOffset.UTC));
		ReplySender sender = new DeliveryConfiguration().replySender(mapper, chatPlatforms, still, time, transactions,
				settings);

		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			while (sent(corp) < 20) {
				sender.sendDue("pace", 100);
			}
		}, "the lane waited for a quota that a platform counting 20 in any second would not ask");

		assertThat(platforms.dingtalk.calls).filteredOn(c -> c.corpId().equals(corp))
			.flatExtracting(RecordingPlatform.Call::users)
			.containsExactlyInAnyOrderElementsOf(users);
	}

	@Test
	void theTwentyFirstCallInTheSameSecondWaitsForTheWindow() {
		InProcessSharedState still = new InProcessSharedState(Clock.fixed(Instant.now(), ZoneOffset.UTC));
		var quota = ReplySender.pace(settings.replyCallsPerSecond());
		for (int i = 0; i < 20; i++) {
			assertThat(still.acquireInWindow("reply", quota.capacity(), quota.period(), 1)).isZero();
		}
		// DingTalk refuses a 21st call in the same second (403 QpsLimitForAppkeyAndApi):
		// it waits past the second and the margin for a late arrival
		assertThat(still.acquireInWindow("reply", quota.capacity(), quota.period(), 1))
			.isGreaterThan(Duration.ofSeconds(1).plus(ReplySender.PACE_MARGIN));
	}

	private int sent(String corp) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM chat_reply WHERE corp_id = ? AND status = 'SENT'",
				Integer.class, corp);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Platforms {

		final RecordingPlatform dingtalk = new RecordingPlatform(Platform.DINGTALK, 20);

		@Bean
		RecordingPlatform dingTalkPaceDouble() {
			return dingtalk;
		}

	}

}
