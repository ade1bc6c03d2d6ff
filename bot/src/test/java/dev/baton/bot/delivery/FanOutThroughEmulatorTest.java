package dev.baton.bot.delivery;

import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.Platform;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.record.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice to 5,000 officials on WeCom and 5,000 on DingTalk, through Baton's dispatcher,
 * the official SDKs and the emulator: the fewest calls (1,000 a call on WeCom, 100 on
 * DingTalk work notifications), no throttle error with the quota under DingTalk's 20
 * calls a second, and every user exactly once on the emulator's record.
 */
@DomainContext
class FanOutThroughEmulatorTest {

	static final int USERS = 5000;

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	Directory directory;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxExpander expander;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	BatchSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MutableClock clock;

	@Autowired
	dev.baton.integrations.state.SharedState state;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		// a bucket of 8 refilled at 8 a second never puts more than 16 calls in any
		// second: under DingTalk's 20
		registry.add("baton.delivery.calls-per-second", () -> "8");
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@org.junit.jupiter.api.AfterEach
	void forgetTheMinute() {
		// the 5,000 DingTalk recipients fill the corp's minute (143103): the next test
		// class starts with it empty
		EmulatorApps.forgetTokens(state, emulator);
	}

	@Test
	void fiveThousandUsersOnEachPlatformInTheFewestCallsExactlyOnce() {
		List<String> users = emulator.wecom().directory().addNumberedUsers("u", USERS);
		emulator.dingTalk().directory().addNumberedUsers("u", USERS);
		List<Long> onWeCom = officials(Platform.WECOM.name(), emulator.wecom().app().corpId(), users);
		List<Long> onDingTalk = officials(Platform.DINGTALK.name(), emulator.dingTalk().app().corpId(), users);
		tx.executeWithoutResult(s -> {
			Map<String, String> payload = Map.of("unit", "全市", "departing", "示例", "successor", "示例", "checklistDue",
					"2026-12-07", "receiptDue", "2026-11-25");
			outbox.enqueue(null, OutboxEvent.NOTICE_ISSUED, onWeCom, false, payload);
			outbox.enqueue(null, OutboxEvent.NOTICE_ISSUED, onDingTalk, false, payload);
		});
		EmulatorApps.forgetTokens(state, emulator);
		emulator.reset();

		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
		long sent = 0;
		for (int round = 0; round < 2000 && sent < 2 * USERS; round++) {
			if (worker.runOnce() > 0) {
				continue;
			}
			// quota waits are scheduled on Baton's clock; the shared bucket refills on
			// Redis's
			clock.advance(java.time.Duration.ofMillis(100));
			sent = jdbc.queryForObject(
					"SELECT COUNT(*) FROM delivery d JOIN outbox o ON o.id = d.outbox_id"
							+ " WHERE o.event = 'NOTICE_ISSUED' AND o.payload LIKE '%全市%' AND d.status = 'SENT'",
					Long.class);
		}

		assertThat(sent).isEqualTo(2L * USERS);
		assertThat(emulator.record().callCount(Api.WECOM_MESSAGE_SEND))
			.as("WeCom calls and their answers: %s",
					emulator.record()
						.calls(Api.WECOM_MESSAGE_SEND)
						.stream()
						.map(c -> c.httpStatus() + "/" + c.code() + "/" + c.recipients())
						.toList())
			.isEqualTo(5);
		assertThat(emulator.record().callCount(Api.DINGTALK_WORK_NOTIFICATION)).isEqualTo(50);
		assertThat(emulator.record().successfulCallCount(Api.DINGTALK_WORK_NOTIFICATION)).as("no throttle error")
			.isEqualTo(50);
		assertThat(emulator.record().deliveries(Outcome.REJECTED)).isEmpty();
		assertThat(emulator.record().exactlyOnceProblems(Platform.WECOM, users, d -> d.api() == Api.WECOM_MESSAGE_SEND))
			.isEmpty();
		assertThat(emulator.record()
			.exactlyOnceProblems(Platform.DINGTALK, users, d -> d.api() == Api.DINGTALK_WORK_NOTIFICATION)).isEmpty();
	}

	private List<Long> officials(String platform, String corp, List<String> users) {
		return EmulatorApps.boundOfficials(directory, jdbc, platform, corp, users);
	}

}
