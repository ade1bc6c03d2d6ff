package dev.baton.bot.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.callback.RawCallback;
import dev.baton.emulator.callback.WeComXml;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.integrations.state.SharedState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Answers in the conversation go through the reply lane of the delivery path (#14), over
 * real HTTP to the emulator, which enforces the platforms' documented limits: a refusal
 * is retried until the answer arrives, thirty people messaging in one second all get
 * theirs, a hopeless reply is a dead letter, a broadcast queued in thousands does not
 * hold a reply up, and a card sent by the lane can still be updated once.
 */
@DomainContext
class RepliesThroughTheDeliveryPathTest {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	private static final AtomicLong msgIds = new AtomicLong(7400000000000000000L);

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	dev.baton.bot.handover.HandoverRecords records;

	@Autowired
	MutableClock clock;

	@Autowired
	SharedState state;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	OutboxExpander expander;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	BatchSender notices;

	@Autowired
	TransactionTemplate tx;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void now() {
		clock.set(Instant.now());
		EmulatorApps.forgetTokens(state, emulator);
		emulator.faults().clear();
		emulator.limits().resetCounters();
	}

	@Test
	void aDingTalkReplyRefusedOnceWithTheQpsLimitArrivesOnRetry() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String user = dingTalkUser(org.departing);
		open(org);
		long mark = mark();
		// the webhook is about to expire: the answer goes by the OpenAPI, whose first
		// call is refused
		emulator.faults()
			.next(1, Fault.openApiError(403, "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"),
					Api.DINGTALK_ROBOT_BATCH_SEND);
		say(user, "帮助", Duration.ofSeconds(30));

		List<Delivery> said = awaitDelivered(user, mark, 2);
		// no card template is configured here: the card goes as text with its choices
		// written out
		assertThat(said).extracting(Delivery::msgType).containsExactly("sampleText", "sampleText");
		assertThat(said.get(0).content()).contains("签收");
		assertThat(emulator.record().calls(Api.DINGTALK_ROBOT_BATCH_SEND))
			.filteredOn(c -> c.requestBody().contains("\"" + user + "\""))
			.extracting(c -> c.httpStatus())
			.containsExactly(403, 200, 200);
		// the reply worker records a send once DingTalk has answered, a moment after the
		// emulator recorded the delivery (a random class order on a loaded machine saw
		// SENDING here)
		await().atMost(Duration.ofSeconds(10)).until(() -> unfinished(List.of(user)) == 0);
		assertThat(statuses(user)).containsOnly("SENT");
	}

	@Test
	void aWeComReplyRefusedOnceWith45009ArrivesOnRetryAndTheOrderIsKept() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String user = weComUser(org.departing);
		open(org);
		long mark = mark();
		emulator.faults().next(1, Fault.errcode(45009), Api.WECOM_MESSAGE_SEND);
		sayOnWeCom(user, "帮助");

		List<Delivery> said = awaitDelivered(user, mark, 2);
		// the card waited for the text before it, refused once and retried: one person's
		// replies keep their order
		assertThat(said).extracting(Delivery::msgType).containsExactly("text", "template_card");
		assertThat(said.get(0).content()).contains("回复“签收”");
		assertThat(emulator.record().deliveries(d -> d.seq() > mark && d.recipient().equals(user)))
			.extracting(Delivery::outcome)
			.containsExactly(Outcome.REJECTED, Outcome.DELIVERED, Outcome.DELIVERED);
	}

	@Test
	void thirtyDingTalkUsersMessagingInTheSameSecondAllGetTheirAnswers() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		List<String> users = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			long official = directory.addOfficial("干部" + i, "科员", org.department.id()).id();
			users.add(dingTalkUser(official));
		}
		long mark = mark();
		// half of them with a webhook still good, half with one about to expire (answered
		// by the OpenAPI's batchSend,
		// 20 calls a second per app in the emulator as on DingTalk)
		List<CompletableFuture<Void>> sent = new ArrayList<>();
		for (int i = 0; i < users.size(); i++) {
			String user = users.get(i);
			Duration left = i % 2 == 0 ? Duration.ofMinutes(90) : Duration.ofSeconds(20);
			sent.add(CompletableFuture.runAsync(() -> say(user, "帮助", left)));
		}
		sent.forEach(CompletableFuture::join);

		await().atMost(Duration.ofSeconds(30)).until(() -> {
			clock.advance(Duration.ofSeconds(1)); // a reply put off for the quota comes
													// due
			return users.stream().allMatch(u -> !delivered(u, mark).isEmpty()) && unfinished(users) == 0;
		});
		for (String user : users) {
			assertThat(delivered(user, mark)).as(user)
				.isNotEmpty()
				.allSatisfy(d -> assertThat(d.content()).isNotBlank());
			assertThat(statuses(user)).as(user).containsOnly("SENT");
		}
		assertThat(emulator.record()
			.deliveries(
					d -> d.seq() > mark && d.api() == Api.DINGTALK_SESSION_WEBHOOK && d.outcome() == Outcome.DELIVERED))
			.isNotEmpty();
		assertThat(emulator.record()
			.deliveries(d -> d.seq() > mark && d.api() == Api.DINGTALK_ROBOT_BATCH_SEND
					&& d.outcome() == Outcome.DELIVERED))
			.isNotEmpty();
	}

	@Test
	void aReplyThePlatformRefusesForGoodIsADeadLetter() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String user = weComUser(org.departing);
		open(org);
		// 60020: this server's IP is not among the app's trusted IPs; no retry can help
		emulator.faults().next(1, Fault.errcode(60020), Api.WECOM_MESSAGE_SEND);
		long mark = mark();
		sayOnWeCom(user, "帮助");

		await().atMost(Duration.ofSeconds(15))
			.until(() -> statuses(user).size() == 2 && !statuses(user).contains("PENDING")
					&& !statuses(user).contains("SENDING"));
		List<Map<String, Object>> rows = jdbc.queryForList(
				"SELECT kind, status, last_error, official_id FROM chat_reply WHERE target_id = ? ORDER BY id", user);
		assertThat(rows).first().satisfies(r -> {
			assertThat(r.get("status")).isEqualTo("DEAD");
			assertThat((String) r.get("last_error")).contains("60020").contains("trusted IP");
			assertThat(((Number) r.get("official_id")).longValue()).isEqualTo(org.departing);
		});
		// the one refused is dead; the card after it still went out
		assertThat(delivered(user, mark)).extracting(Delivery::msgType).containsExactly("template_card");

		// the unit's organizer sees it where notices that could not go are listed; a
		// stranger may not
		List<DeadLetter> seen = deadLetters.under(org.actor(org.organizer), org.department.id(), 100);
		assertThat(seen).as(seen.toString())
			.filteredOn(d -> d.kind().equals("REPLY") && user.equals(d.account()))
			.singleElement()
			.satisfies(d -> {
				assertThat(d.officialId()).isEqualTo(org.departing);
				assertThat(d.platform()).isEqualTo("WECOM");
				assertThat(d.error()).contains("60020");
			});
		assertThatThrownBy(() -> deadLetters.under(org.actor(org.stranger), org.department.id(), 100))
			.isInstanceOf(dev.baton.bot.access.NotPermittedException.class);
	}

	@Test
	void aBroadcastOfThousandsQueuedDoesNotHoldAReplyUp() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		List<Long> everyone = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			long official = directory.addOfficial("广播对象" + i, "科员", org.department.id()).id();
			directory.bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), "bc" + official, official);
			everyone.add(official);
		}
		emulator.dingTalk().directory().addUsers(everyone.stream().map(id -> "bc" + id).toList());
		tx.executeWithoutResult(s -> {
			for (int n = 0; n < 10; n++) {
				outbox.enqueue(null, OutboxEvent.BROADCAST, everyone, false,
						Map.of("name", "督办通报", "text", "第" + n + "期"));
			}
		});
		// 3,000 notices expanded and batched, waiting to be sent
		while (expander.expand(500) > 0) {
			// all of them
		}
		batcher.batch(20_000);
		long unit = org.department.id();
		assertThat(pendingNotices(unit)).isEqualTo(3000);

		String user = dingTalkUser(org.departing);
		open(org);
		long mark = mark();
		say(user, "帮助", Duration.ofMinutes(90));

		assertThat(awaitDelivered(user, mark, 2)).extracting(Delivery::msgType).containsExactly("text", "sampleText");
		assertThat(pendingNotices(unit)).as("the reply went ahead of every queued notice").isEqualTo(3000);

		// and the broadcast still goes out whole
		await().atMost(Duration.ofSeconds(120)).until(() -> {
			clock.advance(Duration.ofSeconds(1)); // a batch put off for the quota comes
													// due
			notices.sendDue("test", 200);
			return pendingNotices(unit) == 0;
		});
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery d JOIN outbox o ON o.id = d.outbox_id"
				+ " JOIN official f ON f.id = o.recipient_id WHERE o.event = 'BROADCAST' AND d.status = 'SENT'"
				+ " AND f.unit_id = ?", Integer.class, unit))
			.isEqualTo(3000);
	}

	@Test
	void aWeComCardSentThroughTheLaneKeepsItsResponseCodeAndIsUpdatedOnce() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String user = weComUser(org.departing);
		long id = open(org);
		long mark = mark();
		sayOnWeCom(user, "帮助");
		JsonNode card = Json.read(awaitDelivered(user, mark, 2).get(1).content());
		String taskId = card.path("task_id").asString();

		// what the send returned reached the kept card, written back by the lane's sender
		await().atMost(Duration.ofSeconds(15)).until(() -> unfinished(List.of(user)) == 0);
		String code = jdbc.queryForObject("SELECT response_code FROM chat_card WHERE card_id = ? AND user_id = ?",
				String.class, taskId, user);
		assertThat(code).isNotBlank();

		// the action is taken by text: the card shows it, updated through the lane with
		// that code, once
		long typed = mark();
		sayOnWeCom(user, "签收");
		await().atMost(Duration.ofSeconds(15))
			.until(() -> delivered(user, typed).stream().anyMatch(d -> d.msgType().equals("update_button")));
		assertThat(delivered(user, typed)).filteredOn(d -> d.msgType().equals("update_button"))
			.singleElement()
			.satisfies(d -> assertThat(d.content()).isEqualTo("已签收"));
		await().atMost(Duration.ofSeconds(15)).until(() -> unfinished(List.of(user)) == 0);
		assertThat(jdbc.queryForList("SELECT status FROM chat_reply WHERE target_id = ? AND kind = 'CARD_UPDATE'",
				String.class, user))
			.containsExactly("SENT");
		assertThat(records.find(id).acknowledgedAt()).isNotNull();
	}

	private long open(TestOrg org) {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	private String dingTalkUser(long official) {
		String user = "d" + official;
		emulator.dingTalk().directory().addUsers(user);
		directory.bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), user, official);
		return user;
	}

	private String weComUser(long official) {
		String user = "w" + official;
		emulator.wecom().directory().addUsers(user);
		directory.bindIdentity("WECOM", emulator.wecom().app().corpId(), user, official);
		return user;
	}

	/** A DingTalk robot message whose sessionWebhook has {@code left} to live. */
	private void say(String user, String text, Duration left) {
		var dingtalk = emulator.dingTalkCallbacks();
		ObjectNode message = dingtalk.privateText(user, text);
		message.put("sessionWebhookExpiredTime", Instant.now().plus(left).toEpochMilli());
		assertThat(
				dingtalk.sendRobotMessage(URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main"), message)
					.accepted())
			.isTrue();
	}

	private void sayOnWeCom(String user, String text) {
		var wecom = emulator.wecomCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main"));
		String corp = emulator.wecom().app().corpId();
		long now = Instant.now().getEpochSecond();
		RawCallback callback = wecom.post(
				WeComXml.textMessage(corp, user, now, text, msgIds.incrementAndGet(), emulator.wecom().app().agentId()),
				new byte[16], Long.toString(now), "n" + msgIds.get());
		assertThat(wecom.send(callback).accepted()).isTrue();
	}

	private long mark() {
		List<Delivery> all = emulator.record().deliveries();
		return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
	}

	private List<Delivery> delivered(String user, long mark) {
		return emulator.record()
			.deliveries(d -> d.seq() > mark && d.recipient().equals(user) && d.outcome() == Outcome.DELIVERED
					&& d.api() != Api.DINGTALK_WORK_NOTIFICATION);
	}

	/**
	 * Baton's clock moves on a second at each look, so a reply put off for a retry or a
	 * quota comes due.
	 */
	private List<Delivery> awaitDelivered(String user, long mark, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			clock.advance(Duration.ofSeconds(1));
			return delivered(user, mark).size() >= count;
		});
		return delivered(user, mark);
	}

	private List<String> statuses(String user) {
		return jdbc.queryForList("SELECT status FROM chat_reply WHERE target_id = ? ORDER BY id", String.class, user);
	}

	/** The replies to these users not sent yet. */
	private int unfinished(List<String> users) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM chat_reply WHERE status IN ('PENDING', 'SENDING') AND target_id IN ("
						+ String.join(", ", users.stream().map(u -> "?").toList()) + ")",
				Integer.class, users.toArray());
	}

	/**
	 * The broadcast's deliveries to the officials of this test's unit still waiting
	 * (other tests share the database).
	 */
	private int pendingNotices(long unit) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM delivery d JOIN outbox o ON o.id = d.outbox_id"
				+ " JOIN official f ON f.id = o.recipient_id WHERE o.event = 'BROADCAST'"
				+ " AND d.status IN ('PENDING', 'BATCHED') AND f.unit_id = ?", Integer.class, unit);
	}

}
