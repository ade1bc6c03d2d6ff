package dev.baton.integrations.senders;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.Platform;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.limit.RateLimit;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.Target;
import dev.baton.integrations.dingtalk.DingTalkApp;
import dev.baton.integrations.dingtalk.DingTalkChatPlatform;
import dev.baton.integrations.state.InProcessSharedState;
import dev.baton.integrations.wecom.WeComApp;
import dev.baton.integrations.wecom.WeComChatPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The platforms' refusals, produced by the emulator's limits over real HTTP, as the
 * senders classify them: throttles and busy answers transient with how long they last, a
 * missing permission permanent, and DingTalk's flow-controlled staff handed back alone to
 * be sent again.
 */
class RefusalsAgainstEmulatorTest {

	PlatformEmulator emulator;

	WeComChatPlatform wecom;

	DingTalkChatPlatform dingtalk;

	String wecomCorp;

	String dingtalkCorp;

	@BeforeEach
	void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		var w = emulator.wecom().app();
		wecomCorp = w.corpId();
		wecom = new WeComChatPlatform(new WeComApp("main", w.corpId(), w.agentId(), w.secret(), w.token(), w.aesKey(),
				emulator.wecomBaseUrl(), null, null, null), new InProcessSharedState());
		var d = emulator.dingTalk().app();
		dingtalkCorp = d.corpId();
		dingtalk = new DingTalkChatPlatform(new DingTalkApp("main", d.corpId(), d.appKey(), d.appSecret(),
				d.robotCode(), d.agentId(), null, emulator.dingTalkApiBaseUrl(), emulator.dingTalkOapiBaseUrl(),
				"stream", null, null, null, null), new InProcessSharedState());
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	private PlatformException wecomFailure(List<String> users, String text) {
		return catchThrowableOfType(PlatformException.class,
				() -> wecom.send(new Target.Users(wecomCorp, users), new OutboundMessage.Text(text)));
	}

	private PlatformException workNotificationFailure(String text) {
		return catchThrowableOfType(PlatformException.class, () -> dingtalk
			.send(new Target.Users(dingtalkCorp, List.of("zhangsan")), new OutboundMessage.Text(text)));
	}

	private PlatformException robotFailure(String text) {
		return catchThrowableOfType(PlatformException.class, () -> dingtalk
			.reply(new Target.Users(dingtalkCorp, List.of("zhangsan")), new OutboundMessage.Text(text)));
	}

	@Test
	void weComsFrequencyRefusalIsTransientForTheSixtySecondsItsBlockLasts() {
		emulator.limits().appDailyRecipients(Api.WECOM_MESSAGE_SEND, 1);
		wecom.send(new Target.Users(wecomCorp, List.of("zhangsan")), new OutboundMessage.Text("一"));

		PlatformException refused = wecomFailure(List.of("lisi"), "二");

		assertThat(refused.code()).isEqualTo("45009");
		assertThat(refused.isTransient()).isTrue();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void tooManyConcurrentWeComCallsAreTransient45033() {
		emulator.limits().concurrency(Platform.WECOM, 1);
		wecom.send(new Target.Users(wecomCorp, List.of("zhangsan")), new OutboundMessage.Text("取令牌"));
		emulator.faults().add(Fault.delay(Duration.ofMillis(600)), 1.0, Api.WECOM_MESSAGE_SEND);

		List<CompletableFuture<PlatformException>> sends = List.of("lisi", "wangwu")
			.stream()
			.map(user -> CompletableFuture.supplyAsync(() -> wecomFailure(List.of(user), "同时" + user)))
			.toList();
		List<PlatformException> failures = sends.stream().map(CompletableFuture::join).filter(f -> f != null).toList();

		assertThat(failures).hasSize(1);
		assertThat(failures.get(0).code()).isEqualTo("45033");
		assertThat(failures.get(0).isTransient()).isTrue();
		assertThat(failures.get(0).retryAfter()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aWeComPermissionRefusalIsPermanent() {
		emulator.faults().next(1, Fault.errcode(60011), Api.WECOM_MESSAGE_SEND);

		PlatformException refused = wecomFailure(List.of("zhangsan"), "一");

		assertThat(refused.code()).isEqualTo("60011");
		assertThat(refused.isTransient()).isFalse();
		assertThat(refused.retryAfter()).isNull();
	}

	@Test
	void dingTalk88IsJudgedByItsSubCode60011PermanentAnEmptyOneTransient() {
		emulator.faults().next(1, Fault.dingTalkSubCode("60011", "没有调用该接口的权限"), Api.DINGTALK_WORK_NOTIFICATION);
		PlatformException permission = workNotificationFailure("一");
		assertThat(permission.code()).isEqualTo("88/60011");
		assertThat(permission.isTransient()).isFalse();
		assertThat(permission.getMessage()).contains("lacks a permission").doesNotContain("ding talk error");

		emulator.faults().next(1, Fault.dingTalkSubCode("", ""), Api.DINGTALK_WORK_NOTIFICATION);
		PlatformException timeout = workNotificationFailure("二");
		assertThat(timeout.code()).isEqualTo("88");
		assertThat(timeout.isTransient()).isTrue();
	}

	@Test
	void dingTalkQpsRefusalsOfTheAppAndOfAllOrgsAreTransientForASecond() {
		emulator.limits().appRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perMinute(1));
		dingtalk.send(new Target.Users(dingtalkCorp, List.of("zhangsan")), new OutboundMessage.Text("一"));
		PlatformException app = workNotificationFailure("二");
		assertThat(app.code()).isEqualTo("90018");
		assertThat(app.isTransient()).isTrue();
		assertThat(app.retryAfter()).isEqualTo(Duration.ofSeconds(1));

		emulator.limits().appRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perSecond(20));
		emulator.limits().globalRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perMinute(0));
		PlatformException global = workNotificationFailure("三");
		assertThat(global.code()).isEqualTo("90002");
		assertThat(global.isTransient()).isTrue();
		assertThat(global.retryAfter()).isEqualTo(Duration.ofSeconds(1));

		emulator.limits().globalRate(Api.DINGTALK_ROBOT_BATCH_SEND, RateLimit.perMinute(0));
		PlatformException robot = robotFailure("四");
		assertThat(robot.code()).isEqualTo("Forbidden.AccessDenied.QpsLimitForApi");
		assertThat(robot.isTransient()).isTrue();
		assertThat(robot.retryAfter()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aUsedUpMonthlyQuotaWaitsForTheNextMonthOnBothApiFamilies() {
		emulator.limits().monthlyCalls(Platform.DINGTALK, 0);

		PlatformException oapi = workNotificationFailure("一");
		PlatformException openApi = robotFailure("二");

		assertThat(oapi.code()).isEqualTo("90020");
		assertThat(openApi.code()).isEqualTo("Forbidden.AccessDenied.ApiCountLimitForOrg");
		for (PlatformException refused : List.of(oapi, openApi)) {
			assertThat(refused.isTransient()).isTrue();
			assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofDays(31));
		}
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).isEmpty();
	}

	@Test
	void theIpBanPageIsNotTakenForASendOnEitherApiFamily() {
		// the tokens first, then two calls, then the ban
		dingtalk.send(new Target.Users(dingtalkCorp, List.of("zhangsan")), new OutboundMessage.Text("取令牌"));
		emulator.limits().ipRate(Platform.DINGTALK, new RateLimit(0, Duration.ofSeconds(20), Duration.ofMinutes(5)));

		PlatformException oapi = workNotificationFailure("一");
		PlatformException openApi = robotFailure("二");

		for (PlatformException refused : List.of(oapi, openApi)) {
			assertThat(refused.code()).isEqualTo("ip-banned");
			assertThat(refused.isTransient()).isTrue();
			assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(5));
		}
	}

	@Test
	void batchSendHandsBackOnlyTheFlowControlledStaffToSendAgain() {
		List<String> users = emulator.dingTalk().directory().addNumberedUsers("u", 5);
		emulator.limits().appRecipientRate(Api.DINGTALK_ROBOT_BATCH_SEND, RateLimit.perMinute(3));

		SendResult result = dingtalk.reply(new Target.Users(dingtalkCorp, users), new OutboundMessage.Text("请确认"));

		assertThat(result.throttledRecipients()).containsExactly(users.get(3), users.get(4));
		assertThat(result.invalidRecipients()).isEmpty();
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).extracting(Delivery::recipient)
			.containsExactlyElementsOf(users.subList(0, 3));

		emulator.clock().advance(Duration.ofSeconds(61));
		SendResult again = dingtalk.reply(new Target.Users(dingtalkCorp, result.throttledRecipients()),
				new OutboundMessage.Text("请确认"));
		assertThat(again.throttledRecipients()).isEmpty();
		assertThat(emulator.record().exactlyOnceProblems(Platform.DINGTALK, users, d -> true)).isEmpty();
	}

	@Test
	void busyAndGatewayErrorsAreTransient() {
		emulator.faults().next(1, Fault.errcode(-1), Api.DINGTALK_WORK_NOTIFICATION);
		assertThat(workNotificationFailure("一").isTransient()).isTrue();

		emulator.faults().next(1, Fault.httpStatus(502), Api.DINGTALK_ROBOT_BATCH_SEND);
		assertThat(robotFailure("二").isTransient()).isTrue();

		emulator.faults().next(1, Fault.httpStatus(503), Api.WECOM_MESSAGE_SEND);
		assertThat(wecomFailure(List.of("zhangsan"), "三").isTransient()).isTrue();
	}

}
