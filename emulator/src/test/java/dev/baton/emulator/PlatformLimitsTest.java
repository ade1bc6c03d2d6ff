package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.limit.Limits;
import dev.baton.emulator.limit.RateLimit;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The platforms' documented limits, each made small: WeCom token reuse, base frequency
 * per corp and per IP with its block, 45033, the app's daily message quota and the
 * per-member caps; DingTalk 88 with sub_code, 90002, the per-IP ban, 90020, batchSend
 * flow control and the work-notification per-minute caps.
 */
class PlatformLimitsTest {

	private static final WeComApp SECOND_WECOM_APP = new WeComApp(WeComApp.sample().corpId(), 1000003,
			"wecom-secret-1000003", "QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");

	private static final DingTalkApp OTHER_ORG_APP = new DingTalkApp("dingothercorp0002", "dingotherapp0002",
			"dingtalk-secret-0002", "dingotherapp0002", 2002L);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private PlatformEmulator emulator;

	@BeforeEach
	void start() {
		emulator = PlatformEmulator
			.start(EmulatorConfig.defaults().stream(false).wecomApp(SECOND_WECOM_APP).dingTalkApp(OTHER_ORG_APP));
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, Map<String, String> headers, Object body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
			.header("Content-Type", "application/json");
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return Json.read(response.body());
	}

	private JsonNode wecomToken(WeComApp app) throws Exception {
		return json(get(
				emulator.wecomBaseUrl() + "/cgi-bin/gettoken?corpid=" + app.corpId() + "&corpsecret=" + app.secret()));
	}

	private int agentGet(WeComApp app) throws Exception {
		String token = wecomToken(app).get("access_token").stringValue();
		return json(
				get(emulator.wecomBaseUrl() + "/cgi-bin/agent/get?access_token=" + token + "&agentid=" + app.agentId()))
			.get("errcode")
			.asInt();
	}

	private JsonNode wecomSend(String token, List<String> users, String content) throws Exception {
		return json(post(emulator.wecomBaseUrl() + "/cgi-bin/message/send?access_token=" + token, Map.of(),
				Map.of("touser", String.join("|", users), "msgtype", "text", "agentid",
						emulator.wecom().app().agentId(), "text", Map.of("content", content))));
	}

	private String dingTalkOapiToken(DingTalkApp app) throws Exception {
		return json(get(
				emulator.dingTalkOapiBaseUrl() + "/gettoken?appkey=" + app.appKey() + "&appsecret=" + app.appSecret()))
			.get("access_token")
			.stringValue();
	}

	private String dingTalkApiToken(DingTalkApp app) throws Exception {
		return json(post(emulator.dingTalkApiBaseUrl() + "/v1.0/oauth2/accessToken", Map.of(),
				Map.of("appKey", app.appKey(), "appSecret", app.appSecret())))
			.get("accessToken")
			.stringValue();
	}

	private HttpResponse<String> workNotification(DingTalkApp app, String token, List<String> users, String content)
			throws Exception {
		return post(
				emulator.dingTalkOapiBaseUrl() + "/topapi/message/corpconversation/asyncsend_v2?access_token=" + token,
				Map.of(), Map.of("agent_id", app.agentId(), "userid_list", String.join(",", users), "msg",
						Map.of("msgtype", "text", "text", Map.of("content", content))));
	}

	private HttpResponse<String> batchSend(DingTalkApp app, String token, List<String> users, String content)
			throws Exception {
		return post(emulator.dingTalkApiBaseUrl() + "/v1.0/robot/oToMessages/batchSend",
				Map.of("x-acs-dingtalk-access-token", token), Map.of("robotCode", app.robotCode(), "userIds", users,
						"msgKey", "sampleText", "msgParam", "{\"content\":\"" + content + "\"}"));
	}

	// --- WeCom ---

	@Test
	void weComGetTokenGivesTheSameTokenWhileValidWithWhatIsLeftOfItsLifetime() throws Exception {
		JsonNode first = wecomToken(WeComApp.sample());
		emulator.clock().advance(Duration.ofSeconds(1000));
		JsonNode again = wecomToken(WeComApp.sample());

		assertThat(again.get("access_token").stringValue()).isEqualTo(first.get("access_token").stringValue());
		assertThat(first.get("expires_in").asLong()).isEqualTo(7200);
		assertThat(again.get("expires_in").asLong()).isBetween(6195L, 6200L);
		assertThat(wecomToken(SECOND_WECOM_APP).get("access_token").stringValue()).as("each app has a token of its own")
			.isNotEqualTo(first.get("access_token").stringValue());

		emulator.clock().advance(Duration.ofSeconds(6200));
		JsonNode afterExpiry = wecomToken(WeComApp.sample());
		assertThat(afterExpiry.get("access_token").stringValue()).isNotEqualTo(first.get("access_token").stringValue());
		assertThat(afterExpiry.get("expires_in").asLong()).isEqualTo(7200);
	}

	@Test
	void weComBaseFrequencyIsPerCorpAndBlocksForSixtySecondsOnceExceeded() throws Exception {
		emulator.limits().corpRate(Api.WECOM_AGENT_GET, RateLimit.perMinute(2).blockingFor(Duration.ofSeconds(60)));

		assertThat(agentGet(WeComApp.sample())).isZero();
		assertThat(agentGet(SECOND_WECOM_APP)).as("another app of the same corp counts too").isZero();
		assertThat(agentGet(WeComApp.sample())).isEqualTo(45009);

		emulator.clock().advance(Duration.ofSeconds(59));
		assertThat(agentGet(SECOND_WECOM_APP)).as("still blocked").isEqualTo(45009);
		emulator.clock().advance(Duration.ofSeconds(2));
		assertThat(agentGet(SECOND_WECOM_APP)).as("the block lasts 60 s").isZero();
	}

	@Test
	void weComMessageSendingIsOutsideTheBaseFrequencyByDefault() {
		Limits defaults = Limits.defaults();
		long now = System.currentTimeMillis();
		for (int i = 0; i < 10_000; i++) {
			assertThat(defaults.tryCorp(Api.WECOM_USER_GET, "corp", now)).isTrue();
			assertThat(defaults.tryCorp(Api.WECOM_MESSAGE_SEND, "corp", now)).isTrue();
		}
		assertThat(defaults.tryCorp(Api.WECOM_USER_GET, "corp", now)).as("10,000 a minute per corp").isFalse();
		assertThat(defaults.tryCorp(Api.WECOM_USER_GET, "corp", now + 59_000)).as("blocked 60 s").isFalse();
		assertThat(defaults.tryCorp(Api.WECOM_USER_GET, "corp", now + 60_001)).isTrue();
		assertThat(defaults.tryCorp(Api.WECOM_MESSAGE_SEND, "corp", now)).as("发消息频率不计入基础频率").isTrue();
	}

	@Test
	void weComPerIpFrequencyCountsEveryCorpFromTheSameAddress() throws Exception {
		emulator.limits().ipRate(Api.WECOM_AGENT_GET, RateLimit.perMinute(1).blockingFor(Duration.ofSeconds(60)));

		assertThat(agentGet(WeComApp.sample())).isZero();
		assertThat(agentGet(SECOND_WECOM_APP)).isEqualTo(45009);
	}

	@Test
	void tooManyConcurrentWeComCallsAreRefusedWith45033() throws Exception {
		emulator.limits().concurrency(Platform.WECOM, 1);
		String token = wecomToken(WeComApp.sample()).get("access_token").stringValue();
		emulator.faults().add(Fault.delay(Duration.ofMillis(600)), 1.0, Api.WECOM_AGENT_GET);
		String url = emulator.wecomBaseUrl() + "/cgi-bin/agent/get?access_token=" + token + "&agentid=1000002";

		List<CompletableFuture<HttpResponse<String>>> calls = List.of(
				http.sendAsync(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()),
				http.sendAsync(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()));
		List<Integer> codes = calls.stream()
			.map(CompletableFuture::join)
			.map(r -> json(r).get("errcode").asInt())
			.toList();

		assertThat(codes).containsExactlyInAnyOrder(0, 45033);
		assertThat(json(get(url)).get("errcode").asInt()).as("the slot is given back").isZero();
	}

	@Test
	void theAppsDailyMessageQuotaRefusesForTheRestOfTheDay() throws Exception {
		emulator.limits().appDailyRecipients(Api.WECOM_MESSAGE_SEND, 3);
		String token = wecomToken(WeComApp.sample()).get("access_token").stringValue();

		assertThat(wecomSend(token, List.of("zhangsan", "lisi"), "第一条").get("errcode").asInt()).isZero();
		assertThat(wecomSend(token, List.of("zhangsan", "lisi"), "第二条").get("errcode").asInt()).isEqualTo(45009);
		assertThat(wecomSend(token, List.of("wangwu"), "第三条").get("errcode").asInt())
			.as("refused for the rest of the day even when it would fit")
			.isEqualTo(45009);
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).hasSize(2);

		ZoneId china = ZoneId.of("Asia/Shanghai");
		LocalDate today = LocalDate.ofInstant(emulator.clock().instant(), china);
		emulator.clock()
			.advance(Duration.between(emulator.clock().instant(),
					today.plusDays(1).atStartOfDay(china).toInstant().plusSeconds(1)));
		String fresh = wecomToken(WeComApp.sample()).get("access_token").stringValue();
		assertThat(wecomSend(fresh, List.of("wangwu"), "第四条").get("errcode").asInt()).isZero();
	}

	@Test
	void aMemberGetsAtMostThirtyAppMessagesAMinuteAndTheRestAreDroppedWithoutAnError() throws Exception {
		String token = wecomToken(WeComApp.sample()).get("access_token").stringValue();
		for (int i = 1; i <= 31; i++) {
			assertThat(wecomSend(token, List.of("zhangsan"), "消息" + i).get("errcode").asInt()).isZero();
		}

		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).hasSize(30);
		assertThat(emulator.record().deliveries(Outcome.DROPPED_MEMBER_LIMIT)).extracting(Delivery::content)
			.containsExactly("消息31");
	}

	// --- DingTalk ---

	@Test
	void dingTalkErrcode88CarriesItsSubCode() throws Exception {
		emulator.faults().next(1, Fault.dingTalkSubCode("60011", "没有调用该接口的权限"), Api.DINGTALK_WORK_NOTIFICATION);
		DingTalkApp app = emulator.dingTalk().app();

		JsonNode answer = json(workNotification(app, dingTalkOapiToken(app), List.of("zhangsan"), "通知"));

		assertThat(answer.get("errcode").asInt()).isEqualTo(88);
		assertThat(answer.get("sub_code").stringValue()).isEqualTo("60011");
		assertThat(answer.get("sub_msg").stringValue()).isEqualTo("没有调用该接口的权限");
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).isEmpty();
	}

	@Test
	void dingTalksGlobalLimitCountsEveryOrgsCallsTo90002AndQpsLimitForApi() throws Exception {
		emulator.limits().globalRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perMinute(1));
		emulator.limits().globalRate(Api.DINGTALK_ROBOT_BATCH_SEND, RateLimit.perMinute(1));
		DingTalkApp app = emulator.dingTalk().app();

		assertThat(json(workNotification(app, dingTalkOapiToken(app), List.of("zhangsan"), "一")).get("errcode").asInt())
			.isZero();
		assertThat(json(workNotification(OTHER_ORG_APP, dingTalkOapiToken(OTHER_ORG_APP), List.of("lisi"), "二"))
			.get("errcode")
			.asInt()).isEqualTo(90002);

		assertThat(batchSend(app, dingTalkApiToken(app), List.of("zhangsan"), "三").statusCode()).isEqualTo(200);
		HttpResponse<String> refused = batchSend(OTHER_ORG_APP, dingTalkApiToken(OTHER_ORG_APP), List.of("lisi"), "四");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(json(refused).get("code").stringValue()).isEqualTo("Forbidden.AccessDenied.QpsLimitForApi");
	}

	@Test
	void anIpOverTenThousandCallsInTwentySecondsIsBannedFiveMinutesWithAPageNotAnErrcode() throws Exception {
		emulator.limits().ipRate(Platform.DINGTALK, new RateLimit(3, Duration.ofSeconds(20), Duration.ofMinutes(5)));
		DingTalkApp app = emulator.dingTalk().app();
		String token = dingTalkOapiToken(app);
		assertThat(json(workNotification(app, token, List.of("zhangsan"), "一")).get("errcode").asInt()).isZero();
		assertThat(json(workNotification(app, token, List.of("lisi"), "二")).get("errcode").asInt()).isZero();

		HttpResponse<String> banned = workNotification(app, token, List.of("wangwu"), "三");
		assertThat(banned.statusCode()).isEqualTo(200);
		assertThat(json(banned).has("errcode")).isFalse();
		assertThat(json(banned).get("punish").stringValue()).isEqualTo("deny");
		assertThat(json(banned).get("status").asInt()).isEqualTo(1111);

		emulator.clock().advance(Duration.ofSeconds(30));
		assertThat(json(workNotification(app, token, List.of("wangwu"), "三")).has("punish")).as("5 minutes").isTrue();
		emulator.clock().advance(Duration.ofMinutes(5));
		assertThat(json(workNotification(app, token, List.of("wangwu"), "三")).get("errcode").asInt()).isZero();
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).extracting(Delivery::recipient)
			.containsExactly("zhangsan", "lisi", "wangwu");
	}

	@Test
	void theOrgsMonthlyQuotaRefusesMeteredCallsWith90020AndApiCountLimitForOrgUntilTheNextMonth() throws Exception {
		emulator.limits().monthlyCalls(Platform.DINGTALK, 2);
		DingTalkApp app = emulator.dingTalk().app();
		String oapiToken = dingTalkOapiToken(app);
		String apiToken = dingTalkApiToken(app);

		assertThat(json(workNotification(app, oapiToken, List.of("zhangsan"), "一")).get("errcode").asInt()).isZero();
		assertThat(batchSend(app, apiToken, List.of("lisi"), "二").statusCode()).isEqualTo(200);
		assertThat(json(workNotification(app, oapiToken, List.of("wangwu"), "三")).get("errcode").asInt())
			.isEqualTo(90020);
		HttpResponse<String> refused = batchSend(app, apiToken, List.of("wangwu"), "四");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(json(refused).get("code").stringValue()).isEqualTo("Forbidden.AccessDenied.ApiCountLimitForOrg");
		assertThat(dingTalkOapiToken(app)).as("tokens are not metered").isNotBlank();
		assertThat(json(workNotification(OTHER_ORG_APP, dingTalkOapiToken(OTHER_ORG_APP), List.of("lisi"), "五"))
			.get("errcode")
			.asInt()).as("the quota is per org").isZero();
		assertThat(emulator.limits().monthCalls(Platform.DINGTALK, app.corpId(), emulator.clock().instant()))
			.isEqualTo(2);

		ZoneId china = ZoneId.of("Asia/Shanghai");
		LocalDate firstOfNextMonth = LocalDate.ofInstant(emulator.clock().instant(), china)
			.withDayOfMonth(1)
			.plusMonths(1);
		emulator.clock()
			.advance(Duration.between(emulator.clock().instant(),
					firstOfNextMonth.atStartOfDay(china).toInstant().plusSeconds(1)));
		assertThat(json(workNotification(app, dingTalkOapiToken(app), List.of("wangwu"), "六")).get("errcode").asInt())
			.isZero();
	}

	@Test
	void batchSendListsTheUsersItThrottledInFlowControlledStaffIdListAndDoesNotSendToThem() throws Exception {
		emulator.limits().appRecipientRate(Api.DINGTALK_ROBOT_BATCH_SEND, RateLimit.perMinute(3));
		List<String> users = emulator.dingTalk().directory().addNumberedUsers("u", 5);
		DingTalkApp app = emulator.dingTalk().app();

		HttpResponse<String> response = batchSend(app, dingTalkApiToken(app), users, "请确认");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("flowControlledStaffIdList")).extracting(JsonNode::stringValue)
			.containsExactly(users.get(3), users.get(4));
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).extracting(Delivery::recipient)
			.containsExactlyElementsOf(users.subList(0, 3));

		emulator.clock().advance(Duration.ofSeconds(61));
		HttpResponse<String> again = batchSend(app, dingTalkApiToken(app), users.subList(3, 5), "请确认");
		assertThat(json(again).path("flowControlledStaffIdList").isEmpty()).isTrue();
		assertThat(emulator.record().exactlyOnceProblems(Platform.DINGTALK, users, d -> true)).isEmpty();
	}

	@Test
	void workNotificationsOverTheAppsOrTheOrgsPerMinuteCapAreDroppedWith143103And143104() throws Exception {
		emulator.limits().appRecipientRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perMinute(2));
		DingTalkApp app = emulator.dingTalk().app();
		String token = dingTalkOapiToken(app);

		assertThat(
				json(workNotification(app, token, List.of("zhangsan", "lisi", "wangwu"), "一")).get("errcode").asInt())
			.as("DingTalk still answers success")
			.isZero();
		assertThat(emulator.record().deliveries(Outcome.DROPPED_MEMBER_LIMIT))
			.extracting(Delivery::recipient, Delivery::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("wangwu", "143103"));

		emulator.reset();
		emulator.limits().appRecipientRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perMinute(5_000));
		emulator.limits().orgRecipientRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perMinute(1));
		assertThat(json(workNotification(app, token, List.of("zhangsan", "lisi"), "二")).get("errcode").asInt())
			.isZero();
		assertThat(emulator.record().deliveries(Outcome.DROPPED_MEMBER_LIMIT))
			.extracting(Delivery::recipient, Delivery::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("lisi", "143104"));
	}

	/**
	 * DingTalk documents 20 calls a second per app and API (standard edition; 403
	 * QpsLimitForAppkeyAndApi, open.dingtalk.com how-to-process-api-throttling): the
	 * emulator refuses the 21st call in any second, not only in a second of the clock,
	 * and counts only the calls it took.
	 */
	@Test
	void dingTalkTakesTwentyCallsInAnySecondPerAppAndApiAndRefusesThe21st() {
		Limits defaults = Limits.defaults();
		long start = 1_700_000_000_600L;
		for (int i = 0; i < 10; i++) {
			assertThat(defaults.tryCall(Api.DINGTALK_ROBOT_BATCH_SEND, "app", start)).isTrue();
		}
		// ten more 500 ms later, in the next second of the clock
		for (int i = 0; i < 10; i++) {
			assertThat(defaults.tryCall(Api.DINGTALK_ROBOT_BATCH_SEND, "app", start + 500)).isTrue();
		}
		assertThat(defaults.tryCall(Api.DINGTALK_ROBOT_BATCH_SEND, "app", start + 999))
			.as("the 21st call within a second of the first")
			.isFalse();
		assertThat(defaults.tryCall(Api.DINGTALK_ROBOT_BATCH_SEND, "other-app", start + 999)).as("per app").isTrue();
		assertThat(defaults.tryCall(Api.DINGTALK_USER_GET, "app", start + 999)).as("per API").isTrue();
		for (int i = 0; i < 10; i++) {
			assertThat(defaults.tryCall(Api.DINGTALK_ROBOT_BATCH_SEND, "app", start + 1000))
				.as("the first ten have left the second")
				.isTrue();
		}
		assertThat(defaults.tryCall(Api.DINGTALK_ROBOT_BATCH_SEND, "app", start + 1499)).isFalse();
		assertThat(defaults.tryCall(Api.DINGTALK_ROBOT_BATCH_SEND, "app", start + 1500)).isTrue();
	}

	@Test
	void theDocumentedWorkNotificationCapIsFiveThousandRecipientsAMinutePerApp() {
		Limits defaults = Limits.defaults();
		Limits.RecipientRefusal[] why = new Limits.RecipientRefusal[1];
		long now = System.currentTimeMillis();
		for (int i = 0; i < 5_000; i++) {
			assertThat(defaults.tryRecipient(Api.DINGTALK_WORK_NOTIFICATION, "app", "corp", now, why)).isTrue();
		}
		assertThat(defaults.tryRecipient(Api.DINGTALK_WORK_NOTIFICATION, "app", "corp", now, why)).isFalse();
		assertThat(why[0]).isEqualTo(Limits.RecipientRefusal.APP);
		assertThat(defaults.tryRecipient(Api.DINGTALK_WORK_NOTIFICATION, "app", "corp", now + 60_001, why)).isTrue();
	}

}
