package dev.baton.integrations.senders;

import java.util.List;

import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.Target;
import dev.baton.integrations.dingtalk.DingTalkApp;
import dev.baton.integrations.dingtalk.DingTalkChatPlatform;
import dev.baton.integrations.state.InProcessSharedState;
import dev.baton.integrations.state.SharedState;
import dev.baton.integrations.wecom.WeComApp;
import dev.baton.integrations.wecom.WeComChatPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Baton's senders through the official SDKs (WxJava, DingTalk oapi SDK) over real HTTP to
 * the platform emulator.
 */
class SendersAgainstEmulatorTest {

	static PlatformEmulator emulator;

	SharedState state;

	WeComApp wecom;

	DingTalkApp dingtalk;

	@BeforeAll
	static void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void fresh() {
		emulator.reset();
		emulator.faults().clear();
		state = new InProcessSharedState();
		var w = emulator.wecom().app();
		wecom = new WeComApp("main", w.corpId(), w.agentId(), w.secret(), w.token(), w.aesKey(),
				emulator.wecomBaseUrl(), null, null, null);
		var d = emulator.dingTalk().app();
		dingtalk = new DingTalkApp("main", d.corpId(), d.appKey(), d.appSecret(), d.robotCode(), d.agentId(), null,
				emulator.dingTalkApiBaseUrl(), emulator.dingTalkOapiBaseUrl(), "stream", "baton-card", null, null,
				null);
	}

	@Test
	void weComDeliversOnceAndAbsorbsAnIdenticalResend() {
		WeComChatPlatform platform = new WeComChatPlatform(wecom, state);
		Target to = new Target.Users(wecom.corpId(), List.of("lisi", "wangwu", "zhangsan"));

		platform.send(to, new OutboundMessage.Text("【离任交接通知书】请于12月7日前提交交接清单。"));
		platform.send(to, new OutboundMessage.Text("【离任交接通知书】请于12月7日前提交交接清单。"));

		assertThat(emulator.record().deliveries(d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered()))
			.extracting(Delivery::recipient)
			.containsExactlyInAnyOrder("lisi", "wangwu", "zhangsan");
		assertThat(emulator.record().deliveries(Outcome.ABSORBED_DUPLICATE)).hasSize(3);
	}

	@Test
	void groupMessagesReachAWeComAppChatAndADingTalkGroupAsTextOrCard() throws Exception {
		String token = emulator.wecom().tokens().issue(emulator.wecom().app().id()).value();
		var created = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(
						java.net.URI.create(emulator.wecomBaseUrl() + "/cgi-bin/appchat/create?access_token=" + token))
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString("{\"name\":\"市统计局交接\",\"userlist\":[\"zhangsan\",\"lisi\"],\"chatid\":\"batonunit7\"}"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(created.body()).contains("\"errcode\":0");
		OutboundMessage.Card card = new OutboundMessage.Card("ack-7-0-1", "离任交接通知书", "请于12月7日前签收",
				List.of(new OutboundMessage.Button("签收", "ack:7:0")), "请回复“签收”");

		new WeComChatPlatform(wecom, state).send(new Target.Group(wecom.corpId(), "batonunit7"),
				new OutboundMessage.Text("市统计局交接：清单已提交，4个部门审核中。"));
		new WeComChatPlatform(wecom, state).send(new Target.Group(wecom.corpId(), "batonunit7"), card);
		DingTalkChatPlatform dingTalk = new DingTalkChatPlatform(dingtalk, state);
		dingTalk.send(new Target.Group(dingtalk.corpId(), "cidBatonGroup=="),
				new OutboundMessage.Text("市统计局交接：清单已提交，4个部门审核中。"));
		dingTalk.send(new Target.Group(dingtalk.corpId(), "cidBatonGroup=="), card);

		assertThat(emulator.record().deliveries(d -> d.delivered() && d.api() == Api.WECOM_APPCHAT_SEND))
			.extracting(Delivery::recipient, Delivery::msgType, Delivery::content)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("batonunit7", "text", "市统计局交接：清单已提交，4个部门审核中。"),
					org.assertj.core.groups.Tuple.tuple("batonunit7", "text", "请回复“签收”"));
		assertThat(emulator.record().deliveries(d -> d.delivered() && d.api() == Api.DINGTALK_ROBOT_GROUP_SEND))
			.extracting(Delivery::recipient, Delivery::msgType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("cidBatonGroup==", "sampleText"));
		assertThat(emulator.record().deliveries(d -> d.delivered() && d.api() == Api.DINGTALK_CARD_CREATE_AND_DELIVER))
			.extracting(Delivery::recipient)
			.containsExactly("cidBatonGroup==");
		assertThat(emulator.dingTalk().card("ack-7-0-1").orElseThrow().spaces())
			.containsExactly("IM_GROUP.cidBatonGroup==");
	}

	@Test
	void oneWeComTokenServesEveryInstanceAndAnInvalidatedOneIsRefreshedOnce() {
		new WeComChatPlatform(wecom, state).send(new Target.Users(wecom.corpId(), List.of("lisi")),
				new OutboundMessage.Text("一"));
		new WeComChatPlatform(wecom, state).send(new Target.Users(wecom.corpId(), List.of("lisi")),
				new OutboundMessage.Text("二"));
		assertThat(emulator.record().callCount(Api.WECOM_GET_TOKEN)).as("two instances, one shared token").isEqualTo(1);

		emulator.wecom().invalidateTokens(emulator.wecom().app());
		new WeComChatPlatform(wecom, state).send(new Target.Users(wecom.corpId(), List.of("lisi")),
				new OutboundMessage.Text("三"));

		assertThat(emulator.record().callCount(Api.WECOM_GET_TOKEN)).isEqualTo(2);
		assertThat(emulator.record().deliveriesTo("lisi")).filteredOn(Delivery::delivered).hasSize(3);
	}

	@Test
	void unknownWeComUsersComeBackAsInvalidRecipients() {
		SendResult result = new WeComChatPlatform(wecom, state)
			.send(new Target.Users(wecom.corpId(), List.of("lisi", "nobody")), new OutboundMessage.Text("部分无效"));

		assertThat(result.invalidRecipients()).containsExactly("nobody");
	}

	@Test
	void weComFailuresAreTransientOrPermanentAndSayWhatToFix() {
		WeComChatPlatform platform = new WeComChatPlatform(wecom, state);
		Target to = new Target.Users(wecom.corpId(), List.of("lisi"));

		emulator.faults().next(6, Fault.errcode(45009), Api.WECOM_MESSAGE_SEND);
		assertThatThrownBy(() -> platform.send(to, new OutboundMessage.Text("频率")))
			.isInstanceOfSatisfying(PlatformException.class, e -> {
				assertThat(e.isTransient()).isTrue();
				assertThat(e.code()).isEqualTo("45009");
			});
		emulator.faults().clear();

		emulator.wecom().refuseCallerIp(emulator.wecom().app(), true);
		try {
			assertThatThrownBy(() -> new WeComChatPlatform(wecom, new InProcessSharedState()).send(to,
					new OutboundMessage.Text("IP")))
				.isInstanceOfSatisfying(PlatformException.class, e -> {
					assertThat(e.isTransient()).isFalse();
					assertThat(e.code()).isEqualTo("60020");
					assertThat(e.getMessage()).contains("trusted IP");
				});
		}
		finally {
			emulator.wecom().refuseCallerIp(emulator.wecom().app(), false);
		}
	}

	@Test
	void dingTalkWorkNotificationsReachEveryoneOnceAndTheSameContentTheSameDayIsAbsorbed() {
		DingTalkChatPlatform platform = new DingTalkChatPlatform(dingtalk, state);
		Target to = new Target.Users(dingtalk.corpId(), List.of("lisi", "wangwu", "zhangsan"));

		platform.send(to, new OutboundMessage.Text("【请审核交接清单】"));
		platform.send(to, new OutboundMessage.Text("【请审核交接清单】"));

		assertThat(emulator.record().deliveries(d -> d.api() == Api.DINGTALK_WORK_NOTIFICATION && d.delivered()))
			.extracting(Delivery::recipient)
			.containsExactlyInAnyOrder("lisi", "wangwu", "zhangsan");
		assertThat(emulator.record().callCount(Api.DINGTALK_GET_TOKEN)).isEqualTo(1);
	}

	@Test
	void anExpiredDingTalkTokenIsFetchedAgainOnceAndAWrongSecretIsExplained() {
		DingTalkChatPlatform platform = new DingTalkChatPlatform(dingtalk, state);
		platform.send(new Target.Users(dingtalk.corpId(), List.of("lisi")), new OutboundMessage.Text("一"));
		emulator.dingTalk().expireTokens(emulator.dingTalk().app());

		platform.send(new Target.Users(dingtalk.corpId(), List.of("lisi")), new OutboundMessage.Text("二"));

		assertThat(emulator.record().callCount(Api.DINGTALK_GET_TOKEN)).isEqualTo(2);
		DingTalkApp wrong = new DingTalkApp("x", dingtalk.corpId(), dingtalk.appKey(), "wrong-secret", "r", 1, null,
				dingtalk.apiEndpoint(), dingtalk.oapiBaseUrl(), null, null, null, null, null);
		assertThatThrownBy(() -> new DingTalkChatPlatform(wrong, new InProcessSharedState()).checkToken())
			.isInstanceOfSatisfying(PlatformException.class, e -> {
				assertThat(e.isTransient()).isFalse();
				assertThat(e.getMessage()).contains("AppKey or AppSecret");
			});
	}

	@Test
	void theDingTalkSelfCheckReadsTheRootDepartmentAndNamesAnIpWhitelistProblem() {
		new DingTalkChatPlatform(dingtalk, state).checkToken();
		assertThat(emulator.record().successfulCallCount(Api.DINGTALK_DEPARTMENT_GET)).isEqualTo(1);

		emulator.dingTalk().refuseCallerIp(emulator.dingTalk().app(), true);
		try {
			assertThatThrownBy(() -> new DingTalkChatPlatform(dingtalk, state).checkToken())
				.isInstanceOfSatisfying(PlatformException.class, e -> {
					assertThat(e.code()).isEqualTo("60020");
					assertThat(e.getMessage()).contains("IP whitelist");
				});
		}
		finally {
			emulator.dingTalk().refuseCallerIp(emulator.dingTalk().app(), false);
		}
	}

}
