package dev.baton.bot.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

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
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.limit.RateLimit;
import dev.baton.emulator.record.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices through Baton's dispatcher, the official SDKs and the emulator's limits: a
 * frequency refusal holds the corp's batches until WeCom's 60-second block is over and
 * then everyone gets the notice once; DingTalk's 88 with sub_code 60011 is a dead letter
 * at once; DingTalk work notifications are paced under the app's recipients a minute, so
 * none is silently dropped (143103).
 */
@DomainContext
class RefusalsThroughEmulatorTest {

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
		// DingTalk's recipients cap, scaled down on both sides to keep the test seconds
		// long: 200 in any 2 s
		registry.add("baton.delivery.dingtalk-recipients-per-minute", () -> "200");
		registry.add("baton.delivery.recipients-window-seconds", () -> "2");
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@org.junit.jupiter.api.AfterEach
	void forgetHolds() {
		// the next test class's clock starts over: a hold this class's refusals left must
		// not outlive it
		EmulatorApps.forgetTokens(state, emulator);
	}

	@BeforeEach
	void fresh() {
		EmulatorApps.forgetTokens(state, emulator);
		emulator.reset();
		emulator.faults().clear();
	}

	@Test
	void aWeComFrequencyRefusalHoldsTheCorpsBatchesUntilItsBlockIsOverThenEachIsSentOnce() {
		List<String> users = emulator.wecom().directory().addNumberedUsers("hold", 3);
		List<Long> officials = officials(Platform.WECOM.name(), emulator.wecom().app().corpId(), users);
		emulator.faults().next(1, Fault.errcode(45009), Api.WECOM_MESSAGE_SEND);
		notify(officials.subList(0, 2), "第一批");
		notify(officials.subList(2, 3), "第二批");

		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
		drain(worker, () -> false, 8);

		assertThat(emulator.record().callCount(Api.WECOM_MESSAGE_SEND))
			.as("the refused call, and no other while WeCom's block lasts")
			.isEqualTo(1);
		clock.advance(Duration.ofSeconds(58));
		drain(worker, () -> false, 8);
		assertThat(emulator.record().callCount(Api.WECOM_MESSAGE_SEND)).isEqualTo(1);

		clock.advance(Duration.ofSeconds(2));
		drain(worker, () -> sent("第一批") + sent("第二批") == 3, 200);
		assertThat(sent("第一批") + sent("第二批")).isEqualTo(3);
		assertThat(emulator.record().exactlyOnceProblems(Platform.WECOM, users, d -> d.api() == Api.WECOM_MESSAGE_SEND))
			.isEmpty();
		assertThat(dead("第一批") + dead("第二批")).isZero();
	}

	@Test
	void dingTalks88WithSubCode60011IsADeadLetterAtOnceWithThePlatformsCode() {
		List<String> users = emulator.dingTalk().directory().addNumberedUsers("perm", 2);
		List<Long> officials = officials(Platform.DINGTALK.name(), emulator.dingTalk().app().corpId(), users);
		emulator.faults().next(1, Fault.dingTalkSubCode("60011", "没有调用该接口的权限"), Api.DINGTALK_WORK_NOTIFICATION);
		notify(officials, "无权限");

		drain(new OutboxWorker(expander, batcher, sender, 10), () -> dead("无权限") == 2, 50);

		assertThat(dead("无权限")).isEqualTo(2);
		assertThat(emulator.record().callCount(Api.DINGTALK_WORK_NOTIFICATION)).as("no retry of a permanent refusal")
			.isEqualTo(1);
		assertThat(jdbc.queryForList("SELECT d.last_error FROM delivery d JOIN outbox o ON o.id = d.outbox_id"
				+ " WHERE o.payload LIKE '%无权限%'", String.class))
			.allSatisfy(error -> assertThat(error).contains("88/60011"));
	}

	@Test
	void dingTalkWorkNotificationsArePacedUnderTheAppsRecipientsAMinuteSoNoneIsDropped() {
		emulator.limits().appRecipientRate(Api.DINGTALK_WORK_NOTIFICATION, new RateLimit(200, Duration.ofSeconds(2)));
		List<String> users = emulator.dingTalk().directory().addNumberedUsers("paced", 300);
		List<Long> officials = officials(Platform.DINGTALK.name(), emulator.dingTalk().app().corpId(), users);
		notify(officials, "限速");

		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
		long started = System.nanoTime();
		drain(worker, () -> sent("限速") == 300, 5_000);

		assertThat(sent("限速")).isEqualTo(300);
		assertThat(emulator.record().deliveries(Outcome.DROPPED_MEMBER_LIMIT)).as("nothing over the cap").isEmpty();
		assertThat(emulator.record()
			.exactlyOnceProblems(Platform.DINGTALK, users, d -> d.api() == Api.DINGTALK_WORK_NOTIFICATION)).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("300 at 200 in any 2 s: the last 100 wait 2 s")
			.isGreaterThan(Duration.ofMillis(1500));
	}

	/**
	 * A call that reaches DingTalk late (here the first, 2 s after its grant: a loaded
	 * machine, a token fetched first) is counted by DingTalk when it arrives: Baton's
	 * window counts it from its answer, so the call after the window is not early by the
	 * delay. Counted from the grant with a second's margin, the third call went out 3 s
	 * after the first grant, 1 s after DingTalk counted the first two: 100 dropped
	 * (143103).
	 */
	@Test
	void aSlowCallIsCountedInTheWindowWhenItIsAnsweredSoTheNextWindowDoesNotOpenEarly() {
		emulator.limits().appRecipientRate(Api.DINGTALK_WORK_NOTIFICATION, new RateLimit(200, Duration.ofSeconds(2)));
		emulator.faults().next(1, Fault.delay(Duration.ofSeconds(2)), Api.DINGTALK_WORK_NOTIFICATION);
		List<String> users = emulator.dingTalk().directory().addNumberedUsers("slow", 300);
		List<Long> officials = officials(Platform.DINGTALK.name(), emulator.dingTalk().app().corpId(), users);
		notify(officials, "慢调用");

		drain(new OutboxWorker(expander, batcher, sender, 10), () -> sent("慢调用") == 300, 5_000);

		assertThat(sent("慢调用")).isEqualTo(300);
		assertThat(emulator.record().callCount(Api.DINGTALK_WORK_NOTIFICATION)).isEqualTo(3);
		assertThat(emulator.record().deliveries(Outcome.DROPPED_MEMBER_LIMIT)).as("nothing over the cap").isEmpty();
		assertThat(emulator.record()
			.exactlyOnceProblems(Platform.DINGTALK, users, d -> d.api() == Api.DINGTALK_WORK_NOTIFICATION)).isEmpty();
	}

	private void notify(List<Long> recipients, String unit) {
		tx.executeWithoutResult(s -> outbox.enqueue(null, OutboxEvent.NOTICE_ISSUED, recipients, false, Map.of("unit",
				unit, "departing", "示例", "successor", "示例", "checklistDue", "2026-12-07", "receiptDue", "2026-11-25")));
	}

	private void drain(OutboxWorker worker, BooleanSupplier done, int rounds) {
		for (int round = 0; round < rounds && !done.getAsBoolean(); round++) {
			if (worker.runOnce() == 0) {
				// quota waits are scheduled on Baton's clock; the shared buckets refill
				// on Redis's
				clock.advance(Duration.ofMillis(50));
				sleep(20);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private long sent(String unit) {
		return count(unit, "SENT");
	}

	private long dead(String unit) {
		return count(unit, "DEAD");
	}

	private long count(String unit, String status) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM delivery d JOIN outbox o ON o.id = d.outbox_id"
				+ " WHERE o.payload LIKE ? AND d.status = ?", Long.class, "%" + unit + "%", status);
	}

	private List<Long> officials(String platform, String corp, List<String> users) {
		return EmulatorApps.boundOfficials(directory, jdbc, platform, corp, users);
	}

}
