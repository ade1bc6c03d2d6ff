package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverHeaders;
import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverRequest;
import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverResponse;
import com.aliyun.dingtalkcard_1_0.models.UpdateCardHeaders;
import com.aliyun.dingtalkcard_1_0.models.UpdateCardRequest;
import com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenRequest;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOHeaders;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTORequest;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOResponse;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendHeaders;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import com.dingtalk.api.DefaultDingTalkClient;
import com.dingtalk.api.request.OapiGettokenRequest;
import com.dingtalk.api.request.OapiMessageCorpconversationAsyncsendV2Request;
import com.dingtalk.api.response.OapiGettokenResponse;
import com.dingtalk.api.response.OapiMessageCorpconversationAsyncsendV2Response;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.limit.RateLimit;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official DingTalk SDKs (new OpenAPI 2.2.43, old oapi 2.0.0) against the DingTalk
 * subset.
 */
class DingTalkApiTest {

	private PlatformEmulator emulator;

	private DingTalkApp app;

	private Config config;

	@BeforeEach
	void start() throws Exception {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		app = emulator.dingTalk().app();
		config = new Config().setProtocol("http").setEndpoint(emulator.dingTalkApiEndpoint());
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	private String token() throws Exception {
		return new com.aliyun.dingtalkoauth2_1_0.Client(config)
			.getAccessToken(new GetAccessTokenRequest().setAppKey(app.appKey()).setAppSecret(app.appSecret()))
			.getBody()
			.getAccessToken();
	}

	private BatchSendOTOResponse batchSend(String token, List<String> users, String content) throws Exception {
		return new com.aliyun.dingtalkrobot_1_0.Client(config).batchSendOTOWithOptions(
				new BatchSendOTORequest().setRobotCode(app.robotCode())
					.setUserIds(users)
					.setMsgKey("sampleText")
					.setMsgParam("{\"content\":\"" + content + "\"}"),
				new BatchSendOTOHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions());
	}

	@Test
	void batchSendDeliversAndListsUnknownUsers() throws Exception {
		BatchSendOTOResponse response = batchSend(token(), List.of("zhangsan", "ghost"), "请提交交接清单");

		assertThat(response.getBody().getInvalidStaffIdList()).containsExactly("ghost");
		assertThat(response.getBody().getProcessQueryKey()).isNotBlank();
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).extracting(Delivery::recipient, Delivery::content)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("zhangsan", "请提交交接清单"));
		assertThat(emulator.record().calls(Api.DINGTALK_ROBOT_BATCH_SEND).get(0).requestBody())
			.contains("\"msgParam\":\"{");
	}

	@Test
	void twentyOneUserIdsAreRefusedWithOverMax() throws Exception {
		List<String> users = emulator.dingTalk().directory().addNumberedUsers("u", 21);
		String token = token();

		assertThatThrownBy(() -> batchSend(token, users, "x")).isInstanceOfSatisfying(TeaException.class, e -> {
			assertThat(e.getCode()).isEqualTo("invalidParameter.userIds.overMax");
			assertThat(e.getStatusCode()).isEqualTo(400);
		});
		assertThat(emulator.record().deliveries(Outcome.REJECTED)).hasSize(21);
	}

	@Test
	void expiredOrRevokedTokensAndBadSecretsAreRefused() throws Exception {
		String token = token();
		emulator.dingTalk().expireTokens(app);
		assertThatThrownBy(() -> batchSend(token, List.of("zhangsan"), "x")).isInstanceOfSatisfying(TeaException.class,
				e -> assertThat(e.getCode()).isEqualTo("InvalidAuthentication"));
		assertThatThrownBy(() -> new com.aliyun.dingtalkoauth2_1_0.Client(config)
			.getAccessToken(new GetAccessTokenRequest().setAppKey(app.appKey()).setAppSecret("wrong")))
			.isInstanceOfSatisfying(TeaException.class,
					e -> assertThat(e.getCode()).isEqualTo("invalidClientIdOrSecret"));
		String fresh = token();
		assertThat(fresh).isNotEqualTo(token);
		assertThat(token()).as("asking again while valid returns the same token").isEqualTo(fresh);
	}

	@Test
	void overTwentyCallsASecondAnswer403QpsLimit() throws Exception {
		emulator.limits().appRate(Api.DINGTALK_ROBOT_BATCH_SEND, RateLimit.perMinute(20));
		String token = token();
		for (int i = 0; i < 20; i++) {
			batchSend(token, List.of("zhangsan"), "n" + i);
		}

		assertThatThrownBy(() -> batchSend(token, List.of("zhangsan"), "21st"))
			.isInstanceOfSatisfying(TeaException.class, e -> {
				assertThat(e.getCode()).isEqualTo("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi");
				assertThat(e.getStatusCode()).isEqualTo(403);
			});
	}

	@Test
	void groupMessagesGoToKnownGroupsOnly() throws Exception {
		var robot = new com.aliyun.dingtalkrobot_1_0.Client(config);
		OrgGroupSendHeaders headers = new OrgGroupSendHeaders().setXAcsDingtalkAccessToken(token());
		robot.orgGroupSendWithOptions(new OrgGroupSendRequest().setRobotCode(app.robotCode())
			.setOpenConversationId("cidBatonGroup==")
			.setMsgKey("sampleMarkdown")
			.setMsgParam("{\"title\":\"督办\",\"text\":\"**逾期 2 项**\"}"), headers, new RuntimeOptions());

		assertThatThrownBy(() -> robot.orgGroupSendWithOptions(new OrgGroupSendRequest().setRobotCode(app.robotCode())
			.setOpenConversationId("cidNope==")
			.setMsgKey("sampleText")
			.setMsgParam("{\"content\":\"x\"}"), headers, new RuntimeOptions())).isInstanceOfSatisfying(
					TeaException.class, e -> assertThat(e.getCode()).isEqualTo("invalid.openConversationId"));
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).extracting(Delivery::recipient, Delivery::msgType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("cidBatonGroup==", "sampleMarkdown"));
	}

	@Test
	void cardsAreCreatedOnceAndUpdatedWithABooleanResult() throws Exception {
		var cards = new com.aliyun.dingtalkcard_1_0.Client(config);
		String token = token();
		CreateAndDeliverRequest create = new CreateAndDeliverRequest().setOutTrackId("handover-7-item-3")
			.setCardTemplateId("baton.confirm.schema")
			.setCallbackType("STREAM")
			.setOpenSpaceId("dtv1.card//IM_ROBOT.zhangsan")
			.setImRobotOpenDeliverModel(new CreateAndDeliverRequest.CreateAndDeliverRequestImRobotOpenDeliverModel()
				.setSpaceType("IM_ROBOT")
				.setRobotCode(app.robotCode()))
			.setCardData(new CreateAndDeliverRequest.CreateAndDeliverRequestCardData()
				.setCardParamMap(Map.of("title", "第3项", "status", "待确认")));
		CreateAndDeliverResponse created = cards.createAndDeliverWithOptions(create,
				new CreateAndDeliverHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions());
		var updated = cards
			.updateCardWithOptions(
					new UpdateCardRequest().setOutTrackId("handover-7-item-3")
						.setCardData(new UpdateCardRequest.UpdateCardRequestCardData()
							.setCardParamMap(Map.of("status", "已确认")))
						.setCardUpdateOptions(new UpdateCardRequest.UpdateCardRequestCardUpdateOptions()
							.setUpdateCardDataByKey(true)),
					new UpdateCardHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions());

		assertThat(created.getBody().getResult().getDeliverResults()).singleElement()
			.satisfies(r -> assertThat(r.getSuccess()).isTrue());
		assertThat(updated.getBody().getResult()).isTrue();
		assertThat(emulator.dingTalk().card("handover-7-item-3").orElseThrow().cardParamMap())
			.containsEntry("title", "第3项")
			.containsEntry("status", "已确认");
		assertThatThrownBy(() -> cards.createAndDeliverWithOptions(create,
				new CreateAndDeliverHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions()))
			.isInstanceOfSatisfying(TeaException.class,
					e -> assertThat(e.getCode()).isEqualTo("param.cardAlreadyExist"));
	}

	@Test
	void workNotificationsThroughTheOldSdkAcceptStringsAndThrottleWith90018() throws Exception {
		DefaultDingTalkClient tokenClient = new DefaultDingTalkClient(emulator.dingTalkOapiBaseUrl() + "/gettoken");
		OapiGettokenRequest tokenRequest = new OapiGettokenRequest();
		tokenRequest.setAppkey(app.appKey());
		tokenRequest.setAppsecret(app.appSecret());
		tokenRequest.setHttpMethod("GET");
		OapiGettokenResponse token = tokenClient.execute(tokenRequest);
		DefaultDingTalkClient client = new DefaultDingTalkClient(
				emulator.dingTalkOapiBaseUrl() + "/topapi/message/corpconversation/asyncsend_v2");
		OapiMessageCorpconversationAsyncsendV2Request request = new OapiMessageCorpconversationAsyncsendV2Request();
		request.setAgentId(app.agentId());
		request.setUseridList("zhangsan,lisi");
		request.setToAllUser(false);
		OapiMessageCorpconversationAsyncsendV2Request.Msg msg = new OapiMessageCorpconversationAsyncsendV2Request.Msg();
		msg.setMsgtype("text");
		OapiMessageCorpconversationAsyncsendV2Request.Text text = new OapiMessageCorpconversationAsyncsendV2Request.Text();
		text.setContent("离任交接通知书");
		msg.setText(text);
		request.setMsg(msg);

		OapiMessageCorpconversationAsyncsendV2Response first = client.execute(request, token.getAccessToken());
		OapiMessageCorpconversationAsyncsendV2Response again = client.execute(request, token.getAccessToken());
		emulator.limits().appRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perMinute(2));
		OapiMessageCorpconversationAsyncsendV2Response throttled = client.execute(request, token.getAccessToken());

		assertThat(first.isSuccess()).isTrue();
		assertThat(first.getTaskId()).isPositive();
		assertThat(again.isSuccess()).as("the platform answers success and silently skips").isTrue();
		assertThat(throttled.getErrcode()).isEqualTo(90018L);
		assertThat(emulator.record().calls(Api.DINGTALK_WORK_NOTIFICATION).get(0).requestBody())
			.contains("\"agent_id\":\"" + app.agentId() + "\"");
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).extracting(Delivery::recipient)
			.containsExactly("zhangsan", "lisi");
		assertThat(emulator.record().deliveries(Outcome.ABSORBED_DUPLICATE)).extracting(Delivery::code)
			.containsExactly("143106", "143106");
	}

}
