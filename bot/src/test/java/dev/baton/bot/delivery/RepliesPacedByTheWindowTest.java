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
import dev.baton.emulator.EmulatorClock;
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

	/**
	 * A call that reaches the platform late (a loaded machine, a slow connection) is
	 * counted by the platform when it arrives: the lane counts it again from its answer,
	 * so the calls after it never make 21 in one of the platform's seconds. Before, the
	 * lane counted it from its permit alone, with a margin of 40 ms for lateness: the
	 * first call arriving 500 ms late, the 21st went out 1,040 ms after the first's
	 * permit, 540 ms after it arrived, and was refused (403 QpsLimitForAppkeyAndApi;
	 * three such refusals in the last P4 run). The platform double counts as DingTalk and
	 * the emulator do: at most 20 arrivals in any 1,000 ms; lateness is a jump of the
	 * clock both share.
	 */
	@Test
	void aCallThatArrivesLateIsCountedFromItsAnswer() {
		String corp = "dinglate" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 21; i++) {
			String user = corp + "u" + i;
			tx.executeWithoutResult(s -> lane.answer(new ChatUser(Platform.DINGTALK, corp, user),
					Conversation.direct(user), null, null, List.of(new OutboundMessage.Text("您的交接已记录。"))));
		}
		// the real clock, moved forward when a call arrives late
		EmulatorClock clock = new EmulatorClock();
		LatePlatform platform = new LatePlatform(corp, clock, Duration.ofMillis(500));
		ReplySender sender = new DeliveryConfiguration().replySender(mapper, new ChatPlatforms(List.of(platform)),
				new InProcessSharedState(clock), time, transactions, settings);

		// a refused call is retried after a backoff on the test's standing clock: the
		// loop ends at the first refusal
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			while (sent(corp) < 21 && platform.refused() == 0) {
				sender.sendDue("late", 100);
			}
		});

		assertThat(platform.refused()).as("calls the platform refused as the 21st in a second").isZero();
		assertThat(platform.arrivals).hasSize(21);
	}

	/**
	 * DingTalk's 20 calls in any second per app and API, counted on arrival; the first
	 * call arrives {@code late} after it was made.
	 */
	static final class LatePlatform implements dev.baton.integrations.chat.ChatPlatform {

		final List<Long> arrivals = new java.util.concurrent.CopyOnWriteArrayList<>();

		private int refused;

		private final String corp;

		private final EmulatorClock clock;

		private final Duration late;

		LatePlatform(String corp, EmulatorClock clock, Duration late) {
			this.corp = corp;
			this.clock = clock;
			this.late = late;
		}

		synchronized int refused() {
			return refused;
		}

		@Override
		public Platform id() {
			return Platform.DINGTALK;
		}

		@Override
		public boolean serves(String corpId) {
			return corp.equals(corpId);
		}

		@Override
		public int maxUsersPerCall() {
			return 20;
		}

		@Override
		public synchronized dev.baton.integrations.chat.SendResult send(dev.baton.integrations.chat.Target target,
				OutboundMessage message) {
			if (arrivals.isEmpty() && refused == 0) {
				clock.advance(late);
			}
			long now = clock.millis();
			if (arrivals.stream().filter(at -> at > now - 1000).count() >= 20) {
				refused++;
				throw new dev.baton.integrations.chat.PlatformException(Platform.DINGTALK,
						"Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", "over 20 calls in a second", true, null);
			}
			arrivals.add(now);
			return dev.baton.integrations.chat.SendResult.delivered("m" + arrivals.size());
		}

		@Override
		public void updateCard(dev.baton.integrations.chat.InboundEvent.CardAction pressed, String outcome) {
			throw new UnsupportedOperationException("no cards here");
		}

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
