package dev.baton.bot.webchat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.Workers;
import dev.baton.bot.access.Actors;
import dev.baton.bot.delivery.BatchSender;
import dev.baton.bot.delivery.DeliveryBatcher;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.delivery.OutboxWorker;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.InboundListener;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SentCard;
import dev.baton.integrations.chat.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web chat over real HTTP, on real MariaDB and Redis, switched on: what a person
 * sends or presses reaches Baton exactly once however often the page resends it, Baton's
 * messages and card outcomes reach the mailbox (through the real delivery path for
 * notices), and bad input is refused with a problem detail and changes nothing.
 */
@DomainContext
@Import(WebChatTest.Recording.class)
@TestPropertySource(properties = "baton.webchat.enabled=true")
class WebChatTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	WebChatPlatform platform;

	@Autowired
	Recording recording;

	@Autowired
	OutboxExpander expander;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	BatchSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Workers workers;

	@Autowired
	dev.baton.bot.groups.UnitGroups groups;

	@Autowired
	dev.baton.bot.outbox.Outbox outbox;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	@Value("${local.server.port}")
	int port;

	private ChatClient chat;

	private TestOrg org;

	@BeforeEach
	void setUp() {
		chat = new ChatClient(port);
		org = new TestOrg(directory, actors, "shizuishan");
		recording.events.clear();
	}

	@Test
	void aMessagePostedTwiceWithTheSameIdReachesBatonOnce() throws Exception {
		long official = bound(org.departing);
		Map<String, Object> message = Map.of("officialId", official, "text", " 我的交接 ", "messageId", "m-0001-abcdef");

		HttpResponse<String> first = chat.post("/chat/api/messages", message);
		HttpResponse<String> again = chat.post("/chat/api/messages", message);

		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(ChatClient.json(first).path("duplicate").asBoolean()).isFalse();
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(ChatClient.json(again).path("duplicate").asBoolean()).isTrue();
		await().atMost(Duration.ofSeconds(5)).until(() -> eventsFrom(official).size() == 1);
		workers.awaitIdle(); // a second hand-over would come from the inbox, right behind
								// the first
		assertThat(eventsFrom(official)).singleElement().isInstanceOfSatisfying(InboundEvent.Text.class, text -> {
			assertThat(text.text()).isEqualTo("我的交接");
			assertThat(text.sender()).isEqualTo(WebChat.user(official));
			assertThat(text.conversation().isGroup()).isFalse();
		});
		JsonNode mailbox = chat.messages(official, 0);
		assertThat(mailbox).as("the person's own message, shown once").hasSize(1);
		assertThat(mailbox.get(0).path("kind").asString()).isEqualTo("user");
		assertThat(mailbox.get(0).path("text").asString()).isEqualTo(" 我的交接 ");
	}

	@Test
	void aCardPressReachesBatonOnceAndTheCardThenShowsItsOutcome() throws Exception {
		long official = bound(org.successor);
		platform.send(new Target.Users(WebChat.CORP, List.of(Long.toString(official))),
				new OutboundMessage.Card("confirm-item-3", "请确认第3项", "办公楼维修工程，合同金额120万元", List
					.of(new OutboundMessage.Button("确认", "confirm"), new OutboundMessage.Button("有异议", "dispute")),
						"回复“确认 3”或“异议 3 理由”"));
		Map<String, Object> press = Map.of("officialId", official, "action", "confirm", "clickId", "click-0001");
		// the action is the button's key as the card lists it, not its label (README;
		// #13, newcomer 4: 3)
		assertProblem(
				chat.post("/chat/api/cards/confirm-item-3/press",
						Map.of("officialId", official, "action", "确认", "clickId", "click-label")),
				400, "webchat.unknownAction");
		assertThat(eventsFrom(official)).isEmpty();

		assertThat(chat.post("/chat/api/cards/confirm-item-3/press", press).statusCode()).isEqualTo(202);
		HttpResponse<String> resent = chat.post("/chat/api/cards/confirm-item-3/press", press);
		assertThat(resent.statusCode()).isEqualTo(202);
		assertThat(ChatClient.json(resent).path("duplicate").asBoolean()).isTrue();

		await().atMost(Duration.ofSeconds(5)).until(() -> eventsFrom(official).size() == 1);
		InboundEvent.CardAction pressed = (InboundEvent.CardAction) eventsFrom(official).get(0);
		assertThat(pressed.cardId()).isEqualTo("confirm-item-3");
		assertThat(pressed.action()).isEqualTo("confirm");
		assertThat(pressed.params()).containsEntry("clickId", "click-0001");

		platform.updateCard(pressed, "已确认");

		JsonNode mailbox = chat.messages(official, 0);
		assertThat(mailbox).extracting(m -> m.path("kind").asString()).containsExactly("card", "cardUpdate");
		assertThat(mailbox.get(0).path("card").path("outcome").asString()).isEqualTo("已确认");
		assertThat(mailbox.get(0).path("card").path("buttons").get(1).path("label").asString()).isEqualTo("有异议");
		assertThat(mailbox.get(1).path("cardId").asString()).isEqualTo("confirm-item-3");
		assertThat(mailbox.get(0).path("id").asLong()).isLessThan(mailbox.get(1).path("id").asLong());

		HttpResponse<String> late = chat.post("/chat/api/cards/confirm-item-3/press",
				Map.of("officialId", official, "action", "dispute", "clickId", "click-0002"));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(ChatClient.json(late).path("code").asString()).isEqualTo("webchat.cardDecided");
		assertThat(ChatClient.json(late).path("detail").asString()).contains("已确认");
		workers.awaitIdle();
		assertThat(eventsFrom(official)).hasSize(1);
	}

	/**
	 * Issue #12, finding 9: a card whose action was taken by text shows the outcome, and
	 * a press of it is refused.
	 */
	@Test
	void aCardShowsTheOutcomeOfAnActionTakenWithoutPressingIt() throws Exception {
		long official = bound(org.departing);
		platform.reply(new Target.Users(WebChat.CORP, List.of(Long.toString(official))), new OutboundMessage.Card(
				"ack-card-1", "离任交接通知书", "请先回复“签收”", List.of(new OutboundMessage.Button("签收", "ack")), "回复“签收”"));

		assertThat(
				platform.updateSentCard(new SentCard(WebChat.CORP, Long.toString(official), "ack-card-1", null), "已签收"))
			.isTrue();
		assertThat(platform.updateSentCard(new SentCard(WebChat.CORP, "no-such-official", "ack-card-1", null), "已签收"))
			.as("no mailbox, nothing to update")
			.isFalse();

		JsonNode mailbox = chat.messages(official, 0);
		assertThat(mailbox).extracting(m -> m.path("kind").asString()).containsExactly("card", "cardUpdate");
		assertThat(mailbox.get(0).path("card").path("outcome").asString()).isEqualTo("已签收");
		HttpResponse<String> press = chat.post("/chat/api/cards/ack-card-1/press",
				Map.of("officialId", official, "action", "ack", "clickId", "click-0009"));
		assertThat(press.statusCode()).isEqualTo(409);
		assertThat(ChatClient.json(press).path("detail").asString()).contains("已签收");
		workers.awaitIdle();
		assertThat(eventsFrom(official)).isEmpty();
	}

	@Test
	void theHandoverNoticeReachesTheWebChatThroughDelivery() throws Exception {
		long departing = bound(org.departing);
		long successor = bound(org.successor);

		long handover = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
		for (int round = 0; round < 20 && worker.runOnce() > 0; round++) {
			// deliver everything due
		}

		JsonNode mailbox = chat.messages(departing, 0);
		assertThat(mailbox).hasSize(1);
		// the departing official's copy is the notice with its 签收 card (newcomer 10); the
		// successor's is text
		assertThat(mailbox.get(0).path("kind").asString()).isEqualTo("card");
		assertThat(mailbox.get(0).path("card").path("body").asString()).contains("【离任交接通知书】市统计局")
			.contains("2026-12-03前提交");
		assertThat(mailbox.get(0).path("card").path("buttons").get(0).path("label").asString()).isEqualTo("签收");
		JsonNode theirs = chat.messages(successor, 0);
		assertThat(theirs).hasSize(1);
		assertThat(theirs.get(0).path("kind").asString()).isEqualTo("text");
		assertThat(theirs.get(0).path("text").asString()).contains("【离任交接通知书】市统计局");
		assertThat(jdbc.queryForList("SELECT d.status FROM delivery d JOIN outbox o ON o.id = d.outbox_id"
				+ " WHERE o.handover_id = ? AND d.platform = 'WEB'", String.class, handover))
			.containsExactly("SENT", "SENT");
	}

	@Test
	void aWaitingReadIsAnsweredAsSoonAsAMessageArrives() throws Exception {
		long official = bound(org.stranger);
		CompletableFuture<HttpResponse<String>> waiting = chat
			.getLater("/chat/api/messages?officialId=" + official + "&after=0&waitSeconds=20");
		await().atMost(Duration.ofSeconds(5)).until(() -> platform.mailbox(Long.toString(official)).waiting() == 1);
		assertThat(waiting).as("nothing to read yet: the read waits").isNotDone();

		platform.send(new Target.Users(WebChat.CORP, List.of(Long.toString(official))),
				new OutboundMessage.Markdown("进度", "**第1项** 已确认"));

		HttpResponse<String> answer = waiting.get(5, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode messages = ChatClient.json(answer).path("messages");
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).path("kind").asString()).isEqualTo("markdown");
		assertThat(messages.get(0).path("title").asString()).isEqualTo("进度");
		assertThat(ChatClient.json(answer).path("epoch").asString()).isEqualTo(platform.epoch());
		// the page shows times in the deployment's zone (BATON_ZONE), not the browser's
		assertThat(ChatClient.json(answer).path("zone").asString()).isEqualTo("Asia/Shanghai");
		long last = messages.get(0).path("id").asLong();
		assertThat(chat.messages(official, last)).as("nothing after the last one read").isEmpty();
	}

	@Test
	void onlyOfficialsBoundOnTheWebChatCanBePicked() throws Exception {
		long official = bound(org.departing);

		HttpResponse<String> response = chat.get("/chat/api/officials");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode picked = null;
		for (JsonNode choice : ChatClient.json(response)) {
			assertThat(choice.path("id").asLong()).as("an official not bound on the web chat")
				.isNotIn(org.successor, org.organizer, org.stranger);
			if (choice.path("id").asLong() == official) {
				picked = choice;
			}
		}
		assertThat(picked).isNotNull();
		assertThat(picked.path("name").asString()).isEqualTo("陈离任");
		assertThat(picked.path("post").asString()).isEqualTo("市统计局局长");
		assertThat(picked.path("unit").asString()).isEqualTo("市统计局");
	}

	/**
	 * Newcomer 15: 石嘴山市统计局 twice in the people list, the roster's later imports under a
	 * second heading. The list gives each unit's officials together, each with its unit,
	 * so the page writes one heading per unit.
	 */
	@Test
	void eachUnitsOfficialsComeTogetherForOneHeading() throws Exception {
		long first = bound(org.departing);
		long elsewhere = bound(org.outsideOrganizer);
		long importedLater = bound(directory.addOfficial("马丽", "市统计局副局长", org.department.id()).id());

		JsonNode people = ChatClient.json(chat.get("/chat/api/officials"));

		List<Long> units = new java.util.ArrayList<>();
		List<Long> mine = new java.util.ArrayList<>();
		for (JsonNode p : people) {
			long unit = p.path("unitId").asLong();
			if (units.isEmpty() || units.get(units.size() - 1) != unit) {
				assertThat(units).as("unit %s (%s) heads a second run of people", unit, p.path("unit").asString())
					.doesNotContain(unit);
				units.add(unit);
			}
			long id = p.path("id").asLong();
			if (id == first || id == elsewhere || id == importedLater) {
				mine.add(id);
			}
		}
		assertThat(mine).as("the unit's officials together, the other unit's after")
			.containsExactly(first, importedLater, elsewhere);
		assertThat(units).contains(org.department.id(), org.elsewhere.id());
	}

	@Test
	void badInputIsRefusedWithAProblemAndChangesNothing() throws Exception {
		long official = bound(org.departing);
		platform.send(new Target.Users(WebChat.CORP, List.of(Long.toString(official))), new OutboundMessage.Card(
				"sign-1", "请签字", "交接书已生成", List.of(new OutboundMessage.Button("签字", "sign")), "回复“签字”"));
		long before = chat.messages(official, 0).size();

		assertProblem(
				chat.post("/chat/api/messages",
						Map.of("officialId", org.successor, "text", "你好", "messageId", "m-not-bound-1")),
				404, "error.notFound.official");
		assertProblem(
				chat.post("/chat/api/messages",
						Map.of("officialId", 987654321L, "text", "你好", "messageId", "m-nobody-0001")),
				404, "error.notFound.official");
		assertProblem(chat.post("/chat/api/messages",
				("{\"officialId\": " + official + ", \"text\": \"" + "交".repeat(30_000)
						+ "\", \"messageId\": \"m-oversized1\"}")
					.getBytes(StandardCharsets.UTF_8),
				"application/json"), 413, "api.bodyTooLarge");
		assertProblem(chat.post("/chat/api/messages",
				("{\"officialId\": " + official + ", \"text\": ").getBytes(StandardCharsets.UTF_8), "application/json"),
				400, "api.malformedJson");
		byte[] notUtf8 = ("{\"officialId\": " + official + ", \"text\": \"X\", \"messageId\": \"m-badutf8-1\"}")
			.getBytes(StandardCharsets.UTF_8);
		notUtf8[ChatClient.utf8(notUtf8).indexOf('X')] = (byte) 0xC3; // half of a
																		// two-byte
																		// sequence
		assertProblem(chat.post("/chat/api/messages", notUtf8, "application/json"), 400, "api.malformedJson");
		assertProblem(chat.post("/chat/api/messages", "officialId=1".getBytes(StandardCharsets.UTF_8),
				"application/x-www-form-urlencoded"), 415, "http.415");
		HttpResponse<String> invalid = chat.postEnglish("/chat/api/messages",
				Map.of("officialId", official, "text", "长".repeat(2001), "messageId", "bad id!"));
		assertProblem(invalid, 400, "api.validation");
		assertThat(ChatClient.json(invalid).path("errors")).extracting(e -> e.path("field").asString())
			.containsExactly("messageId", "text");
		assertThat(ChatClient.json(invalid).path("errors").get(0).path("message").asString()).contains("8 to 64");
		assertProblem(
				chat.post("/chat/api/cards/no-such-card/press",
						Map.of("officialId", official, "action", "sign", "clickId", "click-nocard")),
				404, "error.notFound.card");
		assertProblem(
				chat.post("/chat/api/cards/sign-1/press",
						Map.of("officialId", official, "action", "approve", "clickId", "click-badaction")),
				400, "webchat.unknownAction");
		assertProblem(
				chat.post("/chat/api/cards/bad%20card/press",
						Map.of("officialId", official, "action", "sign", "clickId", "click-badcard")),
				400, "api.validation");
		assertProblem(chat.get("/chat/api/messages?officialId=" + org.stranger + "&waitSeconds=0"), 404,
				"error.notFound.official");
		assertProblem(chat.get("/chat/api/messages?officialId=" + official + "&waitSeconds=99"), 400, "api.validation");

		workers.awaitIdle();
		assertThat(recording.events).isEmpty();
		assertThat(chat.messages(official, 0)).hasSize((int) before);
		assertThat(platform.mailbox(Long.toString(org.successor)).after(0)).isEmpty();
	}

	@Test
	void thePageAndItsFilesComeFromBatonAlone() throws Exception {
		HttpResponse<String> page = chat.get("/chat");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").contains("connect-src 'self'"));
		assertThat(page.body()).contains("<html lang=\"zh-CN\">").contains("交接棒");
		List<String> files = List.of("/chat/chat.js", "/chat/chat.css");
		assertThat(page.body()).contains(files);
		assertNothingFromElsewhere("/chat", page.body());
		for (String file : files) {
			HttpResponse<String> response = chat.get(file);
			assertThat(response.statusCode()).as(file).isEqualTo(200);
			assertNothingFromElsewhere(file, response.body());
		}
		assertThat(chat.get("/chat/chat.js").body()).contains("'Accept-Language'").contains("English");
	}

	private static void assertNothingFromElsewhere(String what, String content) {
		assertThat(content).as(what)
			.doesNotContainIgnoringCase("http://")
			.doesNotContainIgnoringCase("https://")
			.doesNotContainIgnoringCase("cdn")
			.doesNotContain("src=\"//")
			.doesNotContain("href=\"//")
			.doesNotContainIgnoringCase("@import")
			.doesNotContainIgnoringCase("url(");
	}

	private static void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = ChatClient.json(response);
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("type").asString()).isEqualTo("urn:baton:problem:" + code);
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	@Test
	void aUnitsGroupShowsWhatBatonPostsThereAndNothingElse() throws Exception {
		String group = "stats" + org.organizer;
		groups.bind(org.actor(org.organizer), org.department.id(), Platform.WEB, WebChat.CORP, group, "市统计局工作群");

		HttpResponse<String> listed = chat.get("/chat/api/groups");
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(ChatClient.json(listed).findValuesAsString("groupId")).contains(group);
		JsonNode mine = java.util.stream.StreamSupport.stream(ChatClient.json(listed).spliterator(), false)
			.filter(g -> g.path("groupId").asString().equals(group))
			.findFirst()
			.orElseThrow();
		assertThat(mine.path("name").asString()).isEqualTo("市统计局工作群");
		assertThat(mine.path("unit").asString()).isEqualTo("市统计局");

		tx.executeWithoutResult(s -> outbox.enqueueToGroups(null, dev.baton.bot.outbox.OutboxEvent.BROADCAST,
				org.department.id(), Map.of("name", "周报", "text", "本周交接进展：2项待确认。")));
		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
		for (int round = 0; round < 20 && worker.runOnce() > 0; round++) {
			// deliver everything due
		}

		HttpResponse<String> read = chat.get("/chat/api/groups/" + group + "/messages?after=0&waitSeconds=0");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(ChatClient.json(read).path("messages")).singleElement().satisfies(m -> {
			assertThat(m.path("kind").asString()).isEqualTo("text");
			assertThat(m.path("text").asString()).isEqualTo("【定时通知：周报】本周交接进展：2项待确认。");
		});
		HttpResponse<String> unknown = chat.get("/chat/api/groups/nosuchgroup/messages?waitSeconds=0");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(ChatClient.json(unknown).path("code").asString()).isEqualTo("error.notFound.group");
		HttpResponse<String> bad = chat.get("/chat/api/groups/no%20such/messages?waitSeconds=0");
		assertThat(bad.statusCode()).isEqualTo(400);
	}

	/**
	 * A file from Baton (a 交接书 copy, #15) shows as a download the page can fetch; a
	 * forgotten one is a 404.
	 */
	@Test
	void aFileFromBatonIsADownload() throws Exception {
		long official = bound(org.successor);
		String content = "%PDF-1.7 交接书副本 for the web chat %%EOF";
		platform.send(new dev.baton.integrations.chat.Target.Users(WebChat.CORP, List.of(Long.toString(official))),
				new dev.baton.integrations.chat.OutboundMessage.File("交接书-市统计局-9.pdf", "application/pdf",
						content.getBytes(java.nio.charset.StandardCharsets.UTF_8), "【交接书已归档】本份为接任干部一份。"));

		HttpResponse<String> inbox = chat.get("/chat/api/messages?officialId=" + official + "&waitSeconds=0");
		tools.jackson.databind.JsonNode file = null;
		for (tools.jackson.databind.JsonNode m : ChatClient.json(inbox).path("messages")) {
			if ("file".equals(m.path("kind").asString())) {
				file = m;
			}
		}
		assertThat(file).as(inbox.body()).isNotNull();
		assertThat(file.path("title").asString()).isEqualTo("交接书-市统计局-9.pdf");
		assertThat(file.path("text").asString()).isEqualTo("【交接书已归档】本份为接任干部一份。");
		HttpResponse<String> download = chat.get(file.path("url").asString());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
			.contains("filename*=UTF-8''");
		assertThat(download.body()).isEqualTo(content);
		assertProblem(chat.get("/chat/api/files/nosuchfile"), 404, "error.notFound.file");
	}

	private long bound(long official) {
		directory.bindIdentity(Platform.WEB.name(), WebChat.CORP, Long.toString(official), official);
		return official;
	}

	private List<InboundEvent> eventsFrom(long official) {
		return recording.events.stream().filter(e -> e.sender().equals(WebChat.user(official))).toList();
	}

	/**
	 * Stands in for the conversation layer: the one InboundListener bean of this context.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Recording implements InboundListener {

		final List<InboundEvent> events = new CopyOnWriteArrayList<>();

		@Override
		public void onEvent(InboundEvent event) {
			events.add(event);
		}

	}

}
