package dev.baton.bot.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.baton.bot.DomainContext;
import dev.baton.bot.Workers;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.platform.InboundGate;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.InboundListener;
import dev.baton.integrations.chat.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The durable inbox on the suite's MariaDB, its workers running: a stored event is
 * handled once; a transient database failure is retried at once and never reaches the
 * person; any other failure is retried with backoff and then becomes a dead letter, the
 * person told through the delivery path; one person's events are handled one at a time
 * and in order; old rows and delivered texts are purged. The conversation layer is stood
 * in for by a listener that fails when told to (an edge: the conversation's own tests are
 * elsewhere).
 */
@DomainContext
@Import(InboxTest.Scripted.class)
@TestPropertySource(properties = { "baton.inbox.backoff=40ms", "baton.inbox.max-attempts=3", "baton.inbox.threads=4" })
class InboxTest {

	@Autowired
	InboundGate gate;

	@Autowired
	Scripted listener;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Directory directory;

	@Autowired
	InboxPurge purge;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JsonMapper json;

	@Autowired
	Workers workers;

	@BeforeEach
	void reset() {
		listener.reset();
	}

	@Test
	void anEventStoredTwiceIsHandledOnce() {
		InboundEvent said = text("u-" + UUID.randomUUID(), "m1", "我的交接");

		assertThat(gate.admit(said)).isTrue();
		assertThat(gate.admit(said)).as("a replay is absorbed").isFalse();

		await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(status(said)));
		assertThat(listener.handled).containsExactly(said);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE event_key = ?", Integer.class, said.dedupKey()))
			.isEqualTo(1);
	}

	@Test
	void aTransientDatabaseFailureIsTriedAgainAtOnceAndNeverReachesThePerson() {
		long official = boundOfficial("transient");
		InboundEvent said = text(userOf(official), "m-deadlock", "确认 3");
		listener.failures.put("确认 3", new AtomicInteger(2));
		listener.transientFailure = true;

		gate.admit(said);

		await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(status(said)));
		assertThat(listener.attempts.get()).as("two deadlocks, then handled").isEqualTo(3);
		assertThat(jdbc.queryForMap("SELECT attempts, retries FROM inbox WHERE event_key = ?", said.dedupKey()))
			.containsEntry("attempts", 1)
			.containsEntry("retries", 2);
		assertThat(deadLetterNotices(official)).as("nobody is told of a deadlock").isEmpty();
	}

	@Test
	void aFailingEventIsRetriedThenADeadLetterAndThePersonIsToldWhatTheySaid() throws Exception {
		long official = boundOfficial("dead");
		InboundEvent said = text(userOf(official), "m-dead", "第3项金额改为120万元，备注：按审计报告");
		listener.failures.put(((InboundEvent.Text) said).text(), new AtomicInteger(Integer.MAX_VALUE));

		gate.admit(said);

		await().atMost(Duration.ofSeconds(15)).until(() -> "DEAD".equals(status(said)));
		assertThat(listener.attempts.get()).as("every attempt, then no more").isEqualTo(3);
		Map<String, Object> row = jdbc.queryForMap("SELECT attempts, last_error FROM inbox WHERE event_key = ?",
				said.dedupKey());
		assertThat(row.get("attempts")).isEqualTo(3);
		assertThat((String) row.get("last_error")).contains("the conversation failed");

		List<Map<String, Object>> notices = deadLetterNotices(official);
		assertThat(notices).as("the person is told, through the outbox").singleElement();
		assertThat(notices.get(0).get("confidential")).isEqualTo(true);
		String text = renderer.render(OutboxEvent.INBOX_DEAD_LETTER,
				json.readTree((String) notices.get(0).get("payload")));
		assertThat(text).startsWith("【未能处理】您发来的“第3项金额改为120万元，备注：按审计报告”")
			.contains("[Not processed] Baton could not process your message “第3项金额改为120万元，备注：按审计报告”");
		assertThat(text.indexOf("未能处理")).as("Chinese first").isLessThan(text.indexOf("Not processed"));

		workers.awaitIdle();
		assertThat(listener.attempts.get()).as("a dead letter is not tried again").isEqualTo(3);
	}

	@Test
	void aLongMessageIsNamedBrieflyInTheNotice() {
		assertThat(DeadLetterNotice.brief("一二三四五六七八九十".repeat(4))).isEqualTo("一二三四五六七八九十".repeat(3) + "…");
	}

	@Test
	void onePersonsEventsAreHandledOneAtATimeInTheOrderTheyCameWhileOthersGoOn() {
		String a = "order-a-" + UUID.randomUUID();
		String b = "order-b-" + UUID.randomUUID();
		listener.slow = Duration.ofMillis(30);
		List<InboundEvent> all = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			all.add(text(a, "a" + i, "a" + i));
			all.add(text(b, "b" + i, "b" + i));
		}
		// the second of a's events fails once: the later ones wait for its retry
		listener.failures.put("a1", new AtomicInteger(1));
		all.forEach(gate::admit);

		await().atMost(Duration.ofSeconds(20)).until(() -> all.stream().allMatch(e -> "DONE".equals(status(e))));
		assertThat(listener.overlaps).as("never two of one person's at once").isEmpty();
		assertThat(listener.handled.stream()
			.filter(e -> e.sender().userId().equals(a))
			.map(e -> ((InboundEvent.Text) e).text())).containsExactly("a0", "a1", "a2", "a3", "a4", "a5");
		assertThat(listener.handled.stream()
			.filter(e -> e.sender().userId().equals(b))
			.map(e -> ((InboundEvent.Text) e).text())).containsExactly("b0", "b1", "b2", "b3", "b4", "b5");
	}

	@Test
	void handledRowsAndDeliveredTextsArePurgedAfterTheirRetentionAndDeadLettersStay() {
		// in 2001, so that no other test's rows in the shared database are old enough to
		// go
		Instant now = Instant.parse("2001-03-01T00:00:00Z");
		String lane = "purge-" + UUID.randomUUID().toString().substring(0, 8);
		String old = "2001-01-01 00:00:00.000";
		String recent = "2001-02-20 00:00:00.000";
		for (Object[] r : List.of(new Object[] { "old-done", "DONE", old },
				new Object[] { "recent-done", "DONE", recent }, new Object[] { "old-dead", "DEAD", old })) {
			jdbc.update("INSERT INTO inbox (lane, platform, event_hash, event_key, sender_key, body, status, attempts,"
					+ " retries, available_at, received_at, done_at) VALUES (?, 'WEB', ?, ?, 's', '{}', ?, 1, 0, ?, ?, ?)",
					lane, Inbox.sha256(lane + r[0]), lane + r[0], r[1], r[2], r[2], r[2]);
		}
		long official = boundOfficial("purge");
		long oldOutbox = outbox(official, old, "EXPANDED");
		long recentOutbox = outbox(official, recent, "EXPANDED");
		delivery(oldOutbox, old, "SENT");
		delivery(recentOutbox, recent, "SENT");
		long deadOutbox = outbox(official, old, "EXPANDED");
		delivery(deadOutbox, old, "DEAD");

		purge.purge(now);

		assertThat(jdbc.queryForList("SELECT event_key FROM inbox WHERE lane = ? ORDER BY id", String.class, lane))
			.containsExactly(lane + "recent-done", lane + "old-dead");
		assertThat(payload(oldOutbox)).isEqualTo("{\"purged\":true}");
		assertThat(payload(recentOutbox)).contains("secret amount");
		assertThat(payload(deadOutbox)).as("a dead letter keeps its text for whoever looks into it")
			.contains("secret amount");
		assertThat(jdbc.queryForList("SELECT body FROM delivery WHERE outbox_id IN (?, ?, ?) ORDER BY outbox_id",
				String.class, oldOutbox, recentOutbox, deadOutbox))
			.containsExactly("", "{\"text\":\"secret amount\"}", "{\"text\":\"secret amount\"}");
	}

	private long outbox(long official, String at, String status) {
		jdbc.update(
				"INSERT INTO outbox (event, recipient_id, confidential, payload, status, attempts, available_at,"
						+ " created_at) VALUES ('REMINDER', ?, TRUE, '{\"amount\":\"secret amount\"}', ?, 0, ?, ?)",
				official, status, at, at);
		return jdbc.queryForObject("SELECT MAX(id) FROM outbox", Long.class);
	}

	private void delivery(long outbox, String at, String status) {
		jdbc.update(
				"INSERT INTO delivery (outbox_id, platform, corp_id, target_kind, user_id, content_key, body, status,"
						+ " attempts, available_at, sent_at, created_at) VALUES (?, 'WEB', 'local', 'USER', ?, ?, "
						+ "'{\"text\":\"secret amount\"}', ?, 1, ?, ?, ?)",
				outbox, "u" + outbox, "k".repeat(64), status, at, at, at);
	}

	private String payload(long outbox) {
		return jdbc.queryForObject("SELECT payload FROM outbox WHERE id = ?", String.class, outbox);
	}

	private long boundOfficial(String name) {
		long unit = directory.createUnit(null, "inbox-" + UUID.randomUUID().toString().substring(0, 8), "收件箱单位", "CITY")
			.id();
		long official = directory.addOfficial(name, "科员", unit).id();
		directory.bindIdentity("WEB", "local", userOf(official), official);
		return official;
	}

	private static String userOf(long official) {
		return "inbox-" + official;
	}

	private List<Map<String, Object>> deadLetterNotices(long official) {
		return jdbc.queryForList("SELECT confidential, payload FROM outbox WHERE recipient_id = ? AND event = ?",
				official, OutboxEvent.INBOX_DEAD_LETTER.name());
	}

	private String status(InboundEvent event) {
		List<String> s = jdbc.queryForList("SELECT status FROM inbox WHERE event_key = ?", String.class,
				event.dedupKey());
		return s.isEmpty() ? null : s.get(0);
	}

	private static InboundEvent text(String user, String messageId, String said) {
		return new InboundEvent.Text(new ChatUser(Platform.WEB, "local", user), Conversation.direct(user),
				Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), user + "-" + messageId, said);
	}

	/**
	 * Stands in for the conversation layer: fails as told, notes the order and any
	 * overlap of one person's events.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Scripted implements InboundListener {

		final List<InboundEvent> handled = new CopyOnWriteArrayList<>();

		final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

		final AtomicInteger attempts = new AtomicInteger();

		final Set<String> inProgress = ConcurrentHashMap.newKeySet();

		final List<String> overlaps = new CopyOnWriteArrayList<>();

		volatile boolean transientFailure;

		volatile Duration slow = Duration.ZERO;

		void reset() {
			handled.clear();
			failures.clear();
			attempts.set(0);
			overlaps.clear();
			transientFailure = false;
			slow = Duration.ZERO;
		}

		@Override
		public void onEvent(InboundEvent event) {
			String person = event.sender().userId();
			if (!inProgress.add(person)) {
				overlaps.add(person);
			}
			try {
				attempts.incrementAndGet();
				if (!slow.isZero()) {
					Thread.sleep(slow.toMillis());
				}
				AtomicInteger left = failures.get(((InboundEvent.Text) event).text());
				if (left != null && left.getAndDecrement() > 0) {
					if (transientFailure) {
						throw new CannotAcquireLockException(
								"Deadlock found when trying to get lock; try restarting transaction");
					}
					throw new IllegalStateException("the conversation failed");
				}
				handled.add(event);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				inProgress.remove(person);
			}
		}

	}

}
