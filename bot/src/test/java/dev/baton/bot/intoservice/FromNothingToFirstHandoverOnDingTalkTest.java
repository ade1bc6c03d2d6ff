package dev.baton.bot.intoservice;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.baton.emulator.Api;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.callback.CallbackResult;
import dev.baton.emulator.callback.DingTalkCallbackClient;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.ApiCall;
import dev.baton.emulator.record.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * #13's first "done when" on DingTalk: an empty database, the first administrator, the
 * roster, the org synced from DingTalk (the departing official bound by the mobile the
 * member list gives, the shared mobile a conflict), 发起交接 on the robot's chat with the
 * interactive confirmation card (HTTP callbacks: robot messages signed with the app
 * secret, the card's button through the callback route the deployer registered over the
 * OpenAPI), the notice on DingTalk and 签收.
 */
@ExtendWith(OutputCaptureExtension.class)
class FromNothingToFirstHandoverOnDingTalkTest extends FromNothingToFirstHandover {

	static final String CARD_ROUTE = "baton-qingshan";

	static final String CARD_SECRET = "qingshan-card-route-secret-01";

	private String batonUrl;

	private String lastPressedCard;

	@Test
	void anEmptyDatabaseComesToAnAcknowledgedHandoverOnDingTalk(CapturedOutput log) {
		long handover = fromNothingToAnAcknowledgedHandover(log);

		assertThat(handover).isPositive();
		// the org chart was read through DingTalk's contact APIs, the mobiles from the
		// member list
		assertThat(emulator.record().calls(Api.DINGTALK_USER_LIST)).isNotEmpty().allMatch(ApiCall::succeeded);
		// the departing official's notice went out as the robot's interactive card with
		// its
		// 签收 button (card/instances/createAndDeliver into the robot's one-to-one chat,
		// through the SDK) to the bound account, where the conversation goes on (newcomer
		// 10); 签收 was typed in the robot's chat
		assertThat(delivered(d -> d.recipient().equals(DEPARTING.userId()) && d.content().contains("离任交接通知书")))
			.extracting(Delivery::api)
			.containsOnly(Api.DINGTALK_CARD_CREATE_AND_DELIVER);
	}

	@Override
	String platform() {
		return "DINGTALK";
	}

	@Override
	String accountColumn() {
		return "钉钉 userId";
	}

	@Override
	Map<String, Object> appSettings() {
		DingTalkApp app = emulator.dingTalk().app();
		String p = "baton.dingtalk.apps[0].";
		return Map.ofEntries(Map.entry(p + "name", "main"), Map.entry(p + "corp-id", app.corpId()),
				Map.entry(p + "app-key", app.appKey()), Map.entry(p + "app-secret", app.appSecret()),
				Map.entry(p + "robot-code", app.robotCode()), Map.entry(p + "agent-id", Long.toString(app.agentId())),
				Map.entry(p + "api-endpoint", emulator.dingTalkApiBaseUrl()),
				Map.entry(p + "oapi-base-url", emulator.dingTalkOapiBaseUrl()),
				Map.entry(p + "card-template-id", "baton.card.v1"),
				Map.entry(p + "card-callback-route-key", CARD_ROUTE),
				Map.entry(p + "card-callback-secret", CARD_SECRET), Map.entry("baton.sync.sources[0].name", SOURCE),
				Map.entry("baton.sync.sources[0].platform", "DINGTALK"),
				Map.entry("baton.sync.sources[0].corp-id", app.corpId()),
				Map.entry("baton.sync.sources[0].unit-code", COUNTY_CODE));
	}

	/**
	 * The card callback route, registered as the README says: the app's token, then
	 * /v1.0/card/callbacks/register.
	 */
	@Override
	void setUpConsole(String batonUrl) {
		this.batonUrl = batonUrl;
		DingTalkApp app = emulator.dingTalk().app();
		Http dingTalk = new Http(emulator.dingTalkApiBaseUrl());
		Http.Reply token = dingTalk.postWithHeaders("/v1.0/oauth2/accessToken", Map.of(),
				Map.of("appKey", app.appKey(), "appSecret", app.appSecret()));
		assertThat(token.status()).as(token.toString()).isEqualTo(200);
		Http.Reply registered = dingTalk.postWithHeaders("/v1.0/card/callbacks/register",
				Map.of("x-acs-dingtalk-access-token", token.json().path("accessToken").asString()),
				Map.of("callbackRouteKey", CARD_ROUTE, "callbackUrl", batonUrl + "/callbacks/dingtalk/main/card",
						"apiSecret", CARD_SECRET));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
		assertThat(registered.json().path("success").asBoolean()).isTrue();
	}

	@Override
	Directory orgChart() {
		return emulator.dingTalk().directory();
	}

	@Override
	String corpId() {
		return emulator.dingTalk().app().corpId();
	}

	@Override
	void say(String userId, String text) {
		DingTalkCallbackClient robot = emulator.dingTalkCallbacks();
		CallbackResult result = robot.sendRobotMessage(URI.create(batonUrl + "/callbacks/dingtalk/main"),
				robot.privateText(userId, text));
		assertThat(result.accepted()).as(result.body()).isTrue();
	}

	@Override
	void press(String userId, String label) {
		JsonNode created = lastCardCreatedFor(userId);
		String outTrackId = created.path("outTrackId").asString();
		JsonNode buttons = Json.read(created.path("cardData").path("cardParamMap").path("buttons").asString());
		CallbackResult result = emulator.dingTalkCallbacks()
			.clickOverHttp(outTrackId, userId, List.of(key(buttons, label)), Map.of());
		assertThat(result.accepted()).as(result.body()).isTrue();
		lastPressedCard = outTrackId;
	}

	@Override
	String lastPressOutcome() {
		await().atMost(PATIENCE)
			.until(() -> emulator.dingTalk().card(lastPressedCard).orElseThrow().cardParamMap().get("outcome") != null);
		return emulator.dingTalk().card(lastPressedCard).orElseThrow().cardParamMap().get("outcome");
	}

	/**
	 * The body of Baton's last createAndDeliver call for the user's chat with the robot.
	 */
	private JsonNode lastCardCreatedFor(String userId) {
		List<ApiCall> calls = emulator.record().calls(Api.DINGTALK_CARD_CREATE_AND_DELIVER);
		for (int i = calls.size() - 1; i >= 0; i--) {
			JsonNode body = Json.read(calls.get(i).requestBody());
			if (calls.get(i).succeeded() && body.path("openSpaceId").asString().endsWith("IM_ROBOT." + userId)) {
				return body;
			}
		}
		throw new AssertionError("Baton sent " + userId + " no card");
	}

}
