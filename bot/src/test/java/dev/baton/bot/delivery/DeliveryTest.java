package dev.baton.bot.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.state.RateLimit;
import dev.baton.integrations.state.SharedState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Outbox delivery on real MariaDB and Redis, with recording platforms at the edge. */
@DomainContext
@Import(DeliveryTest.Platforms.class)
class DeliveryTest {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxExpander expander;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	BatchSender sender;

	@Autowired
	DeliveryMapper mapper;

	@Autowired
	Directory directory;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	SharedState state;

	@Autowired
	Platforms platforms;

	@Autowired
	ChatPlatforms chatPlatforms;

	@Autowired
	dev.baton.bot.system.TimeSource time;

	private OrgUnit unit;

	private String corp;

	@BeforeEach
	void setUp() {
		clock.set(DomainContext.Clocks.START);
		platforms.wecom.reset();
		platforms.dingtalk.reset();
		// earlier tests' rows must not ride along: this test's rows are the only ones due
		jdbc.update("UPDATE outbox SET status = 'ELSEWHERE' WHERE status = 'PENDING'");
		jdbc.update("UPDATE delivery SET status = 'ELSEWHERE' WHERE status IN ('PENDING', 'BATCHED')");
		jdbc.update("UPDATE delivery_batch SET status = 'ELSEWHERE' WHERE status IN ('PENDING', 'SENDING')");
		unit = directory.createUnit(null, "dl-" + UUID.randomUUID().toString().substring(0, 8), "投递测试单位", "CITY");
		corp = "corp-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aFanOutGoesOutInTheFewestCallsAndReachesEveryoneOnce() {
		List<Long> onDingTalk = officials(45, Platform.DINGTALK);
		List<Long> onWeCom = officials(45, Platform.WECOM);
		notify(onDingTalk);
		notify(onWeCom);

		drain();

		assertThat(platforms.dingtalk.calls).hasSize(3)
			.allSatisfy(c -> assertThat(c.users().size()).isLessThanOrEqualTo(20));
		assertThat(platforms.wecom.calls).hasSize(1);
		assertThat(users(platforms.dingtalk)).hasSize(45).doesNotHaveDuplicates();
		assertThat(users(platforms.wecom)).hasSize(45).doesNotHaveDuplicates();
		assertThat(platforms.wecom.calls.get(0).text()).startsWith("【离任交接通知书】投递测试单位");
		assertThat(count("SELECT COUNT(*) FROM delivery d JOIN outbox o ON o.id = d.outbox_id WHERE o.recipient_id IN ("
				+ ids(onDingTalk, onWeCom) + ") AND d.status = 'SENT'"))
			.isEqualTo(90);
	}

	@Test
	void anOfficialWithoutAChatAccountIsADeadLetterAtOnce() {
		long nobody = directory.addOfficial("无账号", "科员", unit.id()).id();
		notify(List.of(nobody));

		drain();

		assertThat(jdbc.queryForMap("SELECT status, last_error FROM outbox WHERE recipient_id = ?", nobody))
			.containsEntry("status", "NO_ACCOUNT");
		assertThat(platforms.wecom.calls).isEmpty();
	}

	@Test
	void aTransientFailureIsRetriedAfterABackoffAndDeliveredOnce() {
		List<Long> people = officials(3, Platform.WECOM);
		platforms.wecom.then(call -> {
			throw new PlatformException(Platform.WECOM, "-1", "system busy", true, null);
		});
		notify(people);

		drain();
		assertThat(platforms.wecom.calls).hasSize(1);
		Map<String, Object> batch = jdbc.queryForMap(
				"SELECT status, attempts, available_at, last_error FROM delivery_batch" + " WHERE corp_id = ?", corp);
		assertThat(batch).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		assertThat(String.valueOf(batch.get("last_error"))).contains("system busy");

		clock.advance(Duration.ofSeconds(3)); // past the first backoff (1–2 s)
		drain();

		assertThat(platforms.wecom.calls).hasSize(2);
		assertThat(platforms.wecom.calls.get(1).users()).isEqualTo(platforms.wecom.calls.get(0).users());
		assertThat(count("SELECT COUNT(*) FROM delivery WHERE corp_id = '" + corp + "' AND status = 'SENT'"))
			.isEqualTo(3);
	}

	@Test
	void aPermanentFailureIsParkedAsADeadLetterWithThePlatformsError() {
		List<Long> people = officials(2, Platform.WECOM);
		platforms.wecom.then(call -> {
			throw new PlatformException(Platform.WECOM, "45002", "content too long", false, null);
		});
		notify(people);

		drain();
		clock.advance(Duration.ofHours(1));
		drain();

		assertThat(platforms.wecom.calls).hasSize(1);
		assertThat(jdbc.queryForList("SELECT status, last_error FROM delivery WHERE corp_id = ?", corp)).hasSize(2)
			.allSatisfy(row -> {
				assertThat(row.get("status")).isEqualTo("DEAD");
				assertThat(String.valueOf(row.get("last_error"))).contains("45002");
			});
	}

	/**
	 * A failure that is no platform's answer (a bug, an answer the SDK cannot read) is
	 * retried, but not forever.
	 */
	@Test
	void anUnexpectedFailureIsRetriedUpToTheCapThenADeadLetter() {
		List<Long> people = officials(2, Platform.WECOM);
		for (int i = 0; i < BatchSender.MAX_ATTEMPTS + 4; i++) {
			platforms.wecom.then(call -> {
				throw new IllegalStateException("the answer could not be read");
			});
		}
		notify(people);

		for (int round = 0; round < BatchSender.MAX_ATTEMPTS + 4; round++) {
			drain();
			clock.advance(Duration.ofMinutes(11)); // past the longest backoff (10
													// minutes)
		}

		assertThat(platforms.wecom.calls).as("sends: the cap, then none").hasSize(BatchSender.MAX_ATTEMPTS);
		assertThat(jdbc.queryForMap("SELECT status, attempts FROM delivery_batch WHERE corp_id = ?", corp))
			.containsEntry("status", "DEAD");
		assertThat(jdbc.queryForList("SELECT status, last_error FROM delivery WHERE corp_id = ?", corp)).hasSize(2)
			.allSatisfy(row -> {
				assertThat(row.get("status")).isEqualTo("DEAD");
				assertThat(String.valueOf(row.get("last_error"))).contains("failed unexpectedly 8 times")
					.contains("the answer could not be read");
			});
	}

	@Test
	void invalidRecipientsDieAndThrottledOnesAreSentLater() {
		List<Long> people = officials(4, Platform.DINGTALK);
		platforms.dingtalk
			.then(call -> new SendResult(List.of(call.users().get(0)), List.of(call.users().get(1)), "m", null));
		notify(people);

		drain();
		clock.advance(Duration.ofSeconds(3));
		drain();

		assertThat(platforms.dingtalk.calls).hasSize(2);
		String invalid = platforms.dingtalk.calls.get(0).users().get(0);
		String throttled = platforms.dingtalk.calls.get(0).users().get(1);
		assertThat(platforms.dingtalk.calls.get(1).users()).containsExactly(throttled);
		assertThat(status(invalid)).isEqualTo("DEAD");
		assertThat(status(throttled)).isEqualTo("SENT");
		assertThat(count("SELECT COUNT(*) FROM delivery WHERE corp_id = '" + corp + "' AND status = 'SENT'"))
			.isEqualTo(3);
	}

	@Test
	void aWeComMemberOverThirtyMessagesAMinuteWaitsInTheQueue() {
		long person = officials(1, Platform.WECOM).get(0);
		for (int i = 0; i < 31; i++) {
			notify(List.of(person), "第" + i + "条");
		}

		expander.expand(100);
		batcher.batch(100);

		assertThat(count("SELECT COUNT(*) FROM delivery WHERE corp_id = '" + corp + "' AND status = 'BATCHED'"))
			.isEqualTo(30);
		Map<String, Object> waiting = jdbc.queryForMap(
				"SELECT last_error, available_at FROM delivery" + " WHERE corp_id = ? AND status = 'PENDING'", corp);
		assertThat(waiting).containsEntry("last_error", "over the platform's per-member limit");
		assertThat(((java.sql.Timestamp) waiting.get("available_at")).toLocalDateTime())
			.isAfter(java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
	}

	@Test
	void aFanOutsPerMemberCapsAreCheckedInOneRoundTrip() {
		List<Long> people = officials(45, Platform.WECOM);
		notify(people);
		expander.expand(100);
		List<String> calls = new ArrayList<>();
		SharedState counted = (SharedState) java.lang.reflect.Proxy.newProxyInstance(SharedState.class.getClassLoader(),
				new Class<?>[] { SharedState.class }, (proxy, method, args) -> {
					calls.add(method.getName());
					try {
						return method.invoke(state, args);
					}
					catch (java.lang.reflect.InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
		DeliveryBatcher batching = new DeliveryBatcher(mapper, chatPlatforms, time, counted,
				p -> DeliveryConfiguration.WECOM_PER_MEMBER);

		int claimed = tx.execute(s -> batching.batch(100));

		// one call to the shared state for the 45 members, not one each (BENCHMARKS.md
		// P3)
		assertThat(claimed).isEqualTo(45);
		assertThat(calls).containsExactly("acquireEach");
		assertThat(count("SELECT COUNT(*) FROM delivery WHERE corp_id = '" + corp + "' AND status = 'BATCHED'"))
			.isEqualTo(45);
		// and each member's cap was charged: 29 of the minute's 30 are left
		assertThat(state.acquire("member:WECOM:" + corp + ":u" + people.get(0), DeliveryConfiguration.WECOM_PER_MEMBER,
				30))
			.isPositive();
		assertThat(state.acquire("member:WECOM:" + corp + ":u" + people.get(0), DeliveryConfiguration.WECOM_PER_MEMBER,
				29))
			.isZero();
	}

	@Test
	void withTheQuotaSpentABatchWaitsInsteadOfCallingThePlatform() {
		// a sender whose quota is one call an hour for this corp: the second batch must
		// wait
		BatchSender oneCallAnHour = new BatchSender(mapper, chatPlatforms, state, time, tx, new Backoff(new Random(7)),
				p -> new RateLimit(1, Duration.ofHours(1)));
		List<Long> people = officials(2, Platform.WECOM);
		notify(people.subList(0, 1), "2026-12-07");
		notify(people.subList(1, 2), "2026-12-08");
		expander.expand(100);
		batcher.batch(100);

		oneCallAnHour.sendDue("test", 100);

		assertThat(platforms.wecom.calls).hasSize(1);
		assertThat(
				jdbc.queryForList("SELECT status, last_error FROM delivery_batch WHERE corp_id = ? ORDER BY id", corp))
			.extracting(row -> row.get("status") + "/" + row.get("last_error"))
			.containsExactly("SENT/null", "PENDING/waiting for quota");
	}

	@Test
	void aBatchWhoseSenderDiedIsSentAgainAsTheIdenticalRequestAfterItsLease() {
		List<Long> people = officials(5, Platform.WECOM);
		notify(people);
		expander.expand(100);
		batcher.batch(100);
		// another instance claims the batch, sends it, and dies before recording the
		// outcome
		List<DeliveryBatch> taken = tx.execute(s -> {
			List<DeliveryBatch> due = mapper.claimBatches(clock.instant(), 10);
			due.forEach(b -> mapper.leaseBatch(b.id(), "crashed-instance", clock.instant().plus(BatchSender.LEASE)));
			return due;
		});
		assertThat(taken).hasSize(1);
		platforms.wecom.send(new dev.baton.integrations.chat.Target.Users(corp, taken.get(0).recipientList()),
				MessageBodies.read(taken.get(0).body()));

		assertThat(sender.sendDue("survivor", 10)).as("still leased").isZero();
		clock.advance(BatchSender.LEASE.plusSeconds(1));
		assertThat(sender.sendDue("survivor", 10)).isEqualTo(1);

		assertThat(platforms.wecom.calls).hasSize(2);
		assertThat(platforms.wecom.calls.get(1)).as("the identical request, for the platform's duplicate check")
			.isEqualTo(platforms.wecom.calls.get(0));
		assertThat(count("SELECT COUNT(*) FROM delivery WHERE corp_id = '" + corp + "' AND status = 'SENT'"))
			.isEqualTo(5);
	}

	@Test
	void twoWorkersAtOnceDeliverEveryMessageExactlyOnce() throws Exception {
		List<Long> people = officials(60, Platform.DINGTALK);
		for (int round = 0; round < 5; round++) {
			notify(people, "第" + round + "轮");
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Void>> workers = new ArrayList<>();
			for (int w = 0; w < 2; w++) {
				OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
				workers.add(() -> {
					for (int i = 0; i < 50; i++) {
						worker.runOnce();
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(workers)) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		drain();

		Map<String, Integer> perMessage = new HashMap<>();
		platforms.dingtalk.calls
			.forEach(c -> c.users().forEach(u -> perMessage.merge(c.text() + "→" + u, 1, Integer::sum)));
		assertThat(perMessage.size()).as("messages delivered").isEqualTo(300);
		assertThat(perMessage.values().stream().filter(n -> n > 1).count()).as("messages delivered twice").isZero();
		assertThat(platforms.dingtalk.calls).hasSizeLessThanOrEqualTo(300 / 20 + 5);
	}

	/**
	 * P3 (BENCHMARKS.md): a round expands about what can be sent next (here 90 of a
	 * fan-out to 250), and its batches go out before the rest is expanded; a last batch
	 * smaller than a call waits for the rest of its fan-out, so the fan-out still takes
	 * the fewest calls (⌈250 / 20⌉ = 13).
	 */
	@Test
	void aRoundExpandsWhatCanBeSentNextAndSendsItBeforeTheRestOfTheFanOutIsExpanded() {
		List<Long> people = officials(250, Platform.DINGTALK);
		notify(people);
		DeliveryProperties settings = new DeliveryProperties(null, null, null, null, 90, null, null, null, null, null,
				30, null, null, null);
		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10, settings);
		String mine = "recipient_id IN (" + ids(people) + ")";

		worker.runOnce();

		assertThat(count("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING' AND " + mine))
			.as("the rest of the fan-out still in the outbox")
			.isEqualTo(160);
		assertThat(platforms.dingtalk.calls).as("the round's 90: four full calls sent, 10 wait for the rest")
			.hasSize(4)
			.allSatisfy(c -> assertThat(c.users()).hasSize(20));

		for (int round = 0; round < 50 && users(platforms.dingtalk).size() < 250; round++) {
			if (worker.runOnce() == 0) {
				// the calls' token bucket refills on Redis's clock, waits are on Baton's
				clock.advance(Duration.ofMillis(200));
				sleep(50);
			}
		}
		assertThat(users(platforms.dingtalk)).hasSize(250).doesNotHaveDuplicates();
		assertThat(platforms.dingtalk.calls).as("the fewest calls").hasSize(13);
		assertThat(count("SELECT COUNT(*) FROM delivery d JOIN outbox o ON o.id = d.outbox_id WHERE o." + mine
				+ " AND d.status = 'SENT'"))
			.isEqualTo(250);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void drain() {
		for (int i = 0; i < 10; i++) {
			expander.expand(500);
			batcher.batch(5000);
			sender.sendDue("test", 500);
		}
	}

	private List<Long> officials(int n, Platform platform) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			long id = directory.addOfficial("干部" + i, "科员", unit.id()).id();
			directory.bindIdentity(platform.name(), corp, "u" + id, id);
			ids.add(id);
		}
		return ids;
	}

	private void notify(List<Long> recipients) {
		notify(recipients, "2026-12-07");
	}

	private void notify(List<Long> recipients, String due) {
		tx.executeWithoutResult(s -> outbox.enqueue(null, OutboxEvent.NOTICE_ISSUED, recipients, false, Map.of("unit",
				"投递测试单位", "departing", "陈离任", "successor", "郑接任", "checklistDue", due, "receiptDue", "2026-11-25")));
	}

	private List<String> users(RecordingPlatform platform) {
		return platform.calls.stream().flatMap(c -> c.users().stream()).toList();
	}

	private String status(String userId) {
		return jdbc.queryForObject("SELECT status FROM delivery WHERE corp_id = ? AND user_id = ?", String.class, corp,
				userId);
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	@SafeVarargs
	private static String ids(List<Long>... lists) {
		return String.join(",", java.util.Arrays.stream(lists).flatMap(List::stream).map(String::valueOf).toList());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Platforms {

		final RecordingPlatform wecom = new RecordingPlatform(Platform.WECOM, 1000);

		final RecordingPlatform dingtalk = new RecordingPlatform(Platform.DINGTALK, 20);

		@Bean
		RecordingPlatform weComDouble() {
			return wecom;
		}

		@Bean
		RecordingPlatform dingTalkDouble() {
			return dingtalk;
		}

	}

}
