package dev.baton.bot.platform;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.Workers;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.callback.RawCallback;
import dev.baton.emulator.callback.WeComXml;
import dev.baton.emulator.dingtalk.CardCallbackRoute;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.Delivery;
import dev.baton.integrations.state.SharedState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole way round over real HTTP, with Baton's own conversation layer listening: a
 * WeCom user and a DingTalk user each send text and press a card button, each callback is
 * delivered twice as a platform retry would, and Baton acts once; its answers (texts,
 * WeCom template cards and their update, DingTalk robot messages, interactive cards and
 * their update) arrive at the emulator through the official SDK clients.
 */
@DomainContext
class RepliesThroughEmulatorTest {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	static final String ROUTE_SECRET = "card-route-secret-0001";

	@Autowired
	Workers workers;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	MutableClock clock;

	@Autowired
	SharedState state;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	final AnswersOnRecord answers = new AnswersOnRecord(emulator);

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		registry.add("baton.dingtalk.apps[0].card-template-id", () -> "baton.card.v1");
		registry.add("baton.dingtalk.apps[0].card-callback-route-key", () -> "baton-main");
		registry.add("baton.dingtalk.apps[0].card-callback-secret", () -> ROUTE_SECRET);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void now() {
		// the emulator signs with the real time; Baton's window check must agree
		clock.set(Instant.now());
		EmulatorApps.forgetTokens(state, emulator);
		emulator.dingTalk()
			.registerCallbackRoute(new CardCallbackRoute("baton-main",
					"http://127.0.0.1:" + port + "/callbacks/dingtalk/main/card", ROUTE_SECRET));
	}

	@Test
	void aWeComUserTextsAndPressesTheCardAndEachIsHandledOnce() throws InterruptedException {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String corp = emulator.wecom().app().corpId();
		String user = "w" + org.departing;
		emulator.wecom().directory().addUsers(user);
		directory.bindIdentity("WECOM", corp, user, org.departing);
		long id = open(org);
		var wecom = emulator.wecomCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main"));
		long mark = answers.mark();

		RawCallback help = wecom.post(
				WeComXml.textMessage(corp, user, Instant.now().getEpochSecond(), "帮助", 7300000000000000101L,
						emulator.wecom().app().agentId()),
				new byte[16], Long.toString(Instant.now().getEpochSecond()), "n1");
		assertThat(wecom.send(help).accepted()).isTrue();
		assertThat(wecom.send(help).accepted()).as("the retry is answered and ignored").isTrue();

		List<Delivery> said = answers.awaitTo(user, mark, 2);
		assertThat(said).extracting(Delivery::msgType).containsExactly("text", "template_card");
		assertThat(said.get(0).content()).contains("回复“签收”");
		JsonNode card = Json.read(said.get(1).content());
		assertThat(card.path("card_type").asString()).isEqualTo("button_interaction");
		assertThat(card.path("button_list").path(0).path("text").asString()).isEqualTo("签收");
		String taskId = card.path("task_id").asString();
		String key = card.path("button_list").path(0).path("key").asString();
		assertThat(key).isEqualTo("ack:" + id + ":0");

		long beforePress = answers.mark();
		String code = emulator.wecom().issueResponseCode(emulator.wecom().app(), taskId, user);
		RawCallback press = wecom.post(
				WeComXml.templateCardEvent(corp, user, Instant.now().getEpochSecond(), key, taskId,
						"button_interaction", code, emulator.wecom().app().agentId()),
				new byte[16], Long.toString(Instant.now().getEpochSecond()), "n2");
		assertThat(wecom.send(press).accepted()).isTrue();
		assertThat(wecom.send(press).accepted()).isTrue();

		List<Delivery> afterPress = answers.awaitTo(user, beforePress, 2);
		assertThat(afterPress).extracting(Delivery::msgType).containsExactlyInAnyOrder("text", "update_button");
		assertThat(afterPress).filteredOn(d -> d.msgType().equals("update_button"))
			.singleElement()
			.satisfies(d -> assertThat(d.content()).isEqualTo("已签收"));
		assertThat(afterPress).filteredOn(d -> d.msgType().equals("text"))
			.singleElement()
			.satisfies(d -> assertThat(d.content()).contains("已签收").contains("第1部分"));
		// the answer goes out during the turn, which commits right after (the inbox's one
		// transaction)
		await().atMost(Duration.ofSeconds(5)).until(() -> records.find(id).state() == HandoverState.DRAFTING);
		workers.awaitIdle();
		assertThat(answers.toSince(user, beforePress)).as("nothing more after the resent press").hasSize(2);
	}

	@Test
	void aDingTalkUserTextsAndPressesTheCardAndEachIsHandledOnce() throws InterruptedException {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String corp = emulator.dingTalk().app().corpId();
		String user = "d" + org.departing;
		emulator.dingTalk().directory().addUsers(user);
		directory.bindIdentity("DINGTALK", corp, user, org.departing);
		long id = open(org);
		var dingtalk = emulator.dingTalkCallbacks();
		URI robotUrl = URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main");
		long mark = answers.mark();

		var help = dingtalk.privateText(user, "帮助");
		assertThat(dingtalk.sendRobotMessage(robotUrl, help).accepted()).isTrue();
		assertThat(dingtalk.sendRobotMessage(robotUrl, help).accepted()).as("redelivered, ignored").isTrue();

		List<Delivery> said = answers.awaitTo(user, mark, 2);
		// a typed message is answered through its sessionWebhook (webhook format "text");
		// a press, which carries none, by the OpenAPI
		assertThat(said).extracting(Delivery::msgType).containsExactly("text", "card");
		assertThat(said.get(0).api()).isEqualTo(Api.DINGTALK_SESSION_WEBHOOK);
		assertThat(said.get(0).content()).contains("回复“签收”");
		JsonNode create = Json.read(answers.lastCall(Api.DINGTALK_CARD_CREATE_AND_DELIVER).requestBody());
		assertThat(create.path("openSpaceId").asString()).isEqualTo("dtv1.card//IM_ROBOT." + user);
		assertThat(create.path("callbackType").asString()).isEqualTo("HTTP");
		String outTrackId = create.path("outTrackId").asString();
		JsonNode buttons = Json.read(create.path("cardData").path("cardParamMap").path("buttons").asString());
		assertThat(buttons.path(0).path("text").asString()).isEqualTo("签收");
		String key = buttons.path(0).path("key").asString();

		long beforePress = answers.mark();
		assertThat(dingtalk.clickOverHttp(outTrackId, user, List.of(key), Map.of()).accepted()).isTrue();
		assertThat(dingtalk.clickOverHttp(outTrackId, user, List.of(key), Map.of()).accepted())
			.as("a second click on the same button")
			.isTrue();

		List<Delivery> afterPress = answers.awaitTo(user, beforePress, 2);
		assertThat(afterPress).extracting(Delivery::msgType).containsExactlyInAnyOrder("sampleText", "card_update");
		assertThat(emulator.dingTalk().card(outTrackId).orElseThrow().cardParamMap()).containsEntry("outcome", "已签收")
			.containsEntry("buttons", "[]");
		// the answer goes out during the turn, which commits right after (the inbox's one
		// transaction)
		await().atMost(Duration.ofSeconds(5)).until(() -> records.find(id).state() == HandoverState.DRAFTING);
		workers.awaitIdle();
		assertThat(answers.toSince(user, beforePress)).as("nothing more after the second click").hasSize(2);
	}

	/**
	 * Issue #12, finding 9: 签收 typed while its card is live. WeCom updates the card with
	 * the one-shot response code of the card's send; a later press of it (with the
	 * press's own code) answers what happened, once, and signs nothing again.
	 */
	@Test
	void aWeComCardWhoseActionWasTypedShowsTheOutcomeAndAPressAnswersWhatHappened() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String corp = emulator.wecom().app().corpId();
		String user = "wt" + org.departing;
		emulator.wecom().directory().addUsers(user);
		directory.bindIdentity("WECOM", corp, user, org.departing);
		long id = open(org);
		var wecom = emulator.wecomCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main"));
		long mark = answers.mark();
		assertThat(wecom.text(user, "帮助").accepted()).isTrue();
		JsonNode card = Json.read(answers.awaitTo(user, mark, 2).get(1).content());
		String taskId = card.path("task_id").asString();
		String key = card.path("button_list").path(0).path("key").asString();

		long typed = answers.mark();
		assertThat(wecom.text(user, "签收").accepted()).isTrue();
		List<Delivery> afterText = answers.awaitTo(user, typed, 2);
		assertThat(afterText).extracting(Delivery::msgType).containsExactlyInAnyOrder("text", "update_button");
		assertThat(afterText).filteredOn(d -> d.msgType().equals("update_button"))
			.singleElement()
			.satisfies(d -> assertThat(d.content()).isEqualTo("已签收"));
		assertThat(answers.lastCall(Api.WECOM_UPDATE_TEMPLATE_CARD).requestBody()).as("the send's own code")
			.contains("response_code");

		long pressed = answers.mark();
		String code = emulator.wecom().issueResponseCode(emulator.wecom().app(), taskId, user);
		assertThat(wecom.send(wecom.post(
				WeComXml.templateCardEvent(corp, user, Instant.now().getEpochSecond(), key, taskId,
						"button_interaction", code, emulator.wecom().app().agentId()),
				new byte[16], Long.toString(Instant.now().getEpochSecond()), "n9"))
			.accepted()).isTrue();
		List<Delivery> afterPress = answers.awaitTo(user, pressed, 2);
		assertThat(afterPress).filteredOn(d -> d.msgType().equals("text"))
			.singleElement()
			.satisfies(d -> assertThat(d.content()).contains("您已于").doesNotContain("第1部分"));
		// the answer goes out during the turn, which commits right after (the inbox's one
		// transaction)
		await().atMost(Duration.ofSeconds(5)).until(() -> records.find(id).state() == HandoverState.DRAFTING);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action = ?",
				Integer.class, id, "NOTICE_ACKNOWLEDGED"))
			.isEqualTo(1);
	}

	/**
	 * Issue #12, finding 9: on DingTalk the interactive card of an action typed is
	 * updated by its outTrackId.
	 */
	@Test
	void aDingTalkCardWhoseActionWasTypedShowsTheOutcomeAndAPressAnswersWhatHappened() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String corp = emulator.dingTalk().app().corpId();
		String user = "dt" + org.departing;
		emulator.dingTalk().directory().addUsers(user);
		directory.bindIdentity("DINGTALK", corp, user, org.departing);
		long id = open(org);
		var dingtalk = emulator.dingTalkCallbacks();
		URI robotUrl = URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main");
		long mark = answers.mark();
		dingtalk.sendRobotMessage(robotUrl, dingtalk.privateText(user, "帮助"));
		answers.awaitTo(user, mark, 2);
		JsonNode create = Json.read(answers.lastCall(Api.DINGTALK_CARD_CREATE_AND_DELIVER).requestBody());
		String outTrackId = create.path("outTrackId").asString();
		String key = Json.read(create.path("cardData").path("cardParamMap").path("buttons").asString())
			.path(0)
			.path("key")
			.asString();

		long typed = answers.mark();
		dingtalk.sendRobotMessage(robotUrl, dingtalk.privateText(user, "签收"));
		assertThat(answers.awaitTo(user, typed, 2)).extracting(Delivery::msgType)
			.containsExactlyInAnyOrder("text", "card_update");
		assertThat(emulator.dingTalk().card(outTrackId).orElseThrow().cardParamMap()).containsEntry("outcome", "已签收")
			.containsEntry("buttons", "[]");

		long pressed = answers.mark();
		assertThat(dingtalk.clickOverHttp(outTrackId, user, List.of(key), Map.of()).accepted()).isTrue();
		assertThat(answers.awaitTo(user, pressed, 2)).filteredOn(d -> d.msgType().equals("sampleText"))
			.singleElement()
			.satisfies(d -> assertThat(d.content()).contains("您已于").doesNotContain("第1部分"));
		// the answer goes out during the turn, which commits right after (the inbox's one
		// transaction)
		await().atMost(Duration.ofSeconds(5)).until(() -> records.find(id).state() == HandoverState.DRAFTING);
	}

	@Test
	void anOfficialBoundOnBothPlatformsSeesTheSameProgressOnBoth() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String user = "b" + org.departing;
		emulator.wecom().directory().addUsers(user);
		emulator.dingTalk().directory().addUsers(user);
		directory.bindIdentity("WECOM", emulator.wecom().app().corpId(), user, org.departing);
		directory.bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), user, org.departing);
		long id = open(org);
		var wecom = emulator.wecomCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main"));
		URI robotUrl = URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main");
		long mark = answers.mark();

		assertThat(wecom.text(user, "签收").accepted()).isTrue();
		assertThat(answers.awaitTo(user, mark, 1)).singleElement()
			.satisfies(d -> assertThat(d.content()).contains("已签收").contains("第1部分"));

		long onDingTalk = answers.mark();
		emulator.dingTalkCallbacks().sendRobotMessage(robotUrl, emulator.dingTalkCallbacks().privateText(user, "进度"));
		List<Delivery> status = answers.awaitTo(user, onDingTalk, 1);
		assertThat(status).singleElement().satisfies(d -> {
			assertThat(d.platform()).isEqualTo(dev.baton.emulator.Platform.DINGTALK);
			assertThat(d.content()).contains("填写");
		});
		// the answer goes out during the turn, which commits right after (the inbox's one
		// transaction)
		await().atMost(Duration.ofSeconds(5)).until(() -> records.find(id).state() == HandoverState.DRAFTING);
	}

	@Test
	void anOrganizerBindsTheDingTalkGroupTheySpeakInAndOnlyAnOrganizerMay() {
		TestOrg org = new TestOrg(directory, actors, "wuyishan");
		String corp = emulator.dingTalk().app().corpId();
		String organizer = "o" + org.organizer;
		String departing = "d" + org.departing;
		String group = "cidStats" + org.organizer + "==";
		emulator.dingTalk().directory().addUsers(organizer, departing);
		emulator.dingTalk()
			.directory()
			.addGroup(new dev.baton.emulator.account.Directory.Group(group, "市统计局工作群", List.of(organizer, departing),
					null));
		directory.bindIdentity("DINGTALK", corp, organizer, org.organizer);
		directory.bindIdentity("DINGTALK", corp, departing, org.departing);
		var dingtalk = emulator.dingTalkCallbacks();
		URI robotUrl = URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main");

		long mark = answers.mark();
		var bind = dingtalk.groupText(group, organizer, "绑定本群 市统计局");
		assertThat(dingtalk.sendRobotMessage(robotUrl, bind).accepted()).isTrue();
		assertThat(dingtalk.sendRobotMessage(robotUrl, bind).accepted()).as("redelivered, ignored").isTrue();
		assertThat(answers.awaitTo(group, mark, 1)).singleElement()
			.satisfies(d -> assertThat(d.content()).startsWith("已将本群绑定到市统计局。"));
		assertThat(boundGroups(org.department.id())).containsExactly(group);

		mark = answers.mark();
		dingtalk.sendRobotMessage(robotUrl, dingtalk.groupText(group, departing, "绑定本群"));
		assertThat(answers.awaitTo(group, mark, 1).get(0).content()).startsWith("只有管辖该单位的系统管理员或组织部门干部");
		mark = answers.mark();
		dingtalk.sendRobotMessage(robotUrl, dingtalk.groupText(group, organizer, "绑定本群 市统计局"));
		assertThat(answers.awaitTo(group, mark, 1).get(0).content()).startsWith("本群已绑定到市统计局");
		mark = answers.mark();
		dingtalk.sendRobotMessage(robotUrl, dingtalk.groupText(group, organizer, "绑定本群 另一个局"));
		assertThat(answers.awaitTo(group, mark, 1).get(0).content())
			.isEqualTo("您管辖的单位中没有名为“另一个局”的单位。您可以绑定：" + org.city.name() + "。");
		mark = answers.mark();
		dingtalk.sendRobotMessage(robotUrl, dingtalk.privateText(organizer, "绑定本群"));
		// the ways of the platforms this instance has, DingTalk (where the organizer
		// speaks) first; no web chat here
		// (#13, newcomer 4: 19)
		assertThat(answers.awaitTo(organizer, mark, 1).get(0).content()).startsWith("“绑定本群”要在要绑定的群里说")
			.contains("\n· 在单位的钉钉工作群里@交接棒 发送“绑定本群”\uFF1A把该群绑定到单位")
			.contains("\n· 企业微信单位群：")
			.doesNotContain("网页对话");
		assertThat(boundGroups(org.department.id())).containsExactly(group);
		assertThat(boundGroups(org.city.id())).isEmpty();

		mark = answers.mark();
		dingtalk.sendRobotMessage(robotUrl, dingtalk.groupText(group, organizer, "解绑本群 市统计局"));
		assertThat(answers.awaitTo(group, mark, 1).get(0).content()).startsWith("已解除本群与市统计局的绑定");
		assertThat(boundGroups(org.department.id())).isEmpty();
	}

	private List<String> boundGroups(long unitId) {
		return jdbc.queryForList("SELECT group_id FROM unit_chat_group WHERE unit_id = ? ORDER BY id", String.class,
				unitId);
	}

	private long open(TestOrg org) {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

}
