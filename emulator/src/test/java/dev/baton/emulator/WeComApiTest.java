package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.limit.RateLimit;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import java.time.Duration;
import java.util.List;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.message.WxCpAppChatMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import me.chanjar.weixin.cp.bean.templatecard.TemplateCardButton;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WxJava 4.7.7, pointed at the emulator with setBaseApiUrl, against the WeCom subset. */
class WeComApiTest {

	private PlatformEmulator emulator;

	private WxCpServiceImpl wx;

	@BeforeEach
	void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		wx = service(emulator.wecom().app().secret(), emulator.wecom().app().corpId());
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	private WxCpServiceImpl service(String secret, String corpId) {
		WeComApp app = emulator.wecom().app();
		WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
		config.setCorpId(corpId);
		config.setCorpSecret(secret);
		config.setAgentId(app.agentId());
		config.setBaseApiUrl(emulator.wecomBaseUrl());
		WxCpServiceImpl service = new WxCpServiceImpl();
		service.setWxCpConfigStorage(config);
		return service;
	}

	private static int errcode(Throwable e) {
		return ((WxErrorException) e).getError().getErrorCode();
	}

	private WxCpMessage text(String users, String content) {
		WxCpMessage message = WxCpMessage.TEXT()
			.agentId(emulator.wecom().app().agentId())
			.toUser(users)
			.content(content)
			.build();
		return message;
	}

	@Test
	void getsATokenAndDeliversTextWithSafeSentAsAString() throws Exception {
		WxCpMessageSendResult result = wx.getMessageService().send(text("zhangsan|LISI|ghost", "你好"));

		assertThat(result.getInvalidUser()).isEqualTo("ghost");
		assertThat(emulator.record().callCount(Api.WECOM_GET_TOKEN)).isEqualTo(1);
		assertThat(emulator.record().calls(Api.WECOM_MESSAGE_SEND).get(0).requestBody()).contains("\"safe\":\"0\"");
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).extracting(Delivery::recipient, Delivery::content)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("zhangsan", "你好"),
					org.assertj.core.groups.Tuple.tuple("lisi", "你好"));
		assertThat(emulator.record().deliveries(Outcome.REJECTED)).extracting(Delivery::recipient, Delivery::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ghost", "invaliduser"));
	}

	@Test
	void refusesBadCredentialsContentAndRecipientsWithWeComCodes() {
		assertThatThrownBy(() -> service("wrong", emulator.wecom().app().corpId()).getAccessToken())
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(40001));
		assertThatThrownBy(() -> service("wrong", "wwother").getAccessToken())
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(40013));
		assertThatThrownBy(() -> wx.getMessageService().send(text("ghost1|ghost2", "hi")))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(81013));
		assertThatThrownBy(() -> wx.getMessageService().send(text("zhangsan", "")))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(44004));
		assertThatThrownBy(() -> wx.getMessageService().send(text("zhangsan", "长".repeat(683))))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(45002));
		String thousandAndOne = String.join("|", emulator.wecom().directory().addNumberedUsers("u", 1001));
		assertThatThrownBy(() -> wx.getMessageService().send(text(thousandAndOne, "hi")))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(40058));
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).isEmpty();
		assertThat(emulator.record().deliveries(d -> d.code() != null && d.code().equals("81013")))
			.extracting(Delivery::recipient)
			.containsExactly("ghost1", "ghost2");
	}

	@Test
	void anExpiredTokenIsRefreshedOnceByWxJavaAndAnInvalidatedOneAlso() throws Exception {
		wx.getMessageService().send(text("zhangsan", "one"));
		emulator.wecom().expireTokens(emulator.wecom().app());
		wx.getMessageService().send(text("zhangsan", "two"));
		emulator.wecom().invalidateTokens(emulator.wecom().app());
		wx.getMessageService().send(text("zhangsan", "three"));

		assertThat(emulator.record().calls(Api.WECOM_MESSAGE_SEND)).extracting(c -> c.code())
			.containsExactly(null, "42001", null, "40014", null);
		assertThat(emulator.record().callCount(Api.WECOM_GET_TOKEN)).isEqualTo(3);
		assertThat(emulator.record().deliveries(Outcome.DELIVERED)).extracting(Delivery::content)
			.containsExactly("one", "two", "three");
	}

	@Test
	void tokensExpireOnTheEmulatorClock() throws Exception {
		String token = wx.getAccessToken();
		emulator.clock().advance(Duration.ofSeconds(7201));
		wx.getMessageService().send(text("zhangsan", "after two hours"));

		assertThat(emulator.wecom().tokens().check(token).status())
			.isEqualTo(dev.baton.emulator.token.TokenStore.Status.EXPIRED);
		assertThat(emulator.record().successfulCallCount(Api.WECOM_MESSAGE_SEND)).isEqualTo(1);
	}

	@Test
	void theDuplicateCheckAbsorbsAnIdenticalResendWithinTheInterval() throws Exception {
		WxCpMessage message = text("zhangsan|lisi", "提醒：明天交接");
		message.setEnableDuplicateCheck(true);
		message.setDuplicateCheckInterval(600);

		wx.getMessageService().send(message);
		wx.getMessageService().send(message);
		emulator.clock().advance(Duration.ofSeconds(601));
		wx.getMessageService().send(message);

		assertThat(emulator.record().deliveries(Outcome.ABSORBED_DUPLICATE)).extracting(Delivery::recipient)
			.containsExactly("zhangsan", "lisi");
		assertThat(emulator.record().deliveredCountByRecipient(Platform.WECOM)).containsEntry("zhangsan", 2L)
			.containsEntry("lisi", 2L);
	}

	@Test
	void overThirtyMessagesAMinuteToOneMemberAreSilentlyDropped() throws Exception {
		for (int i = 1; i <= 31; i++) {
			wx.getMessageService().send(text("zhangsan", "message " + i));
		}
		emulator.clock().advance(Duration.ofSeconds(61));
		wx.getMessageService().send(text("zhangsan", "next minute"));

		assertThat(emulator.record().successfulCallCount(Api.WECOM_MESSAGE_SEND)).isEqualTo(32);
		assertThat(emulator.record().deliveries(Outcome.DROPPED_MEMBER_LIMIT)).extracting(Delivery::content)
			.containsExactly("message 31");
		assertThat(emulator.record().deliveredCountByRecipient(Platform.WECOM)).containsEntry("zhangsan", 31L);
	}

	@Test
	void overThePerAppRateTheCallIsRefusedWith45009() throws Exception {
		emulator.limits().appRate(Api.WECOM_MESSAGE_SEND, RateLimit.perMinute(2));
		wx.getMessageService().send(text("zhangsan", "1"));
		wx.getMessageService().send(text("zhangsan", "2"));

		assertThatThrownBy(() -> wx.getMessageService().send(text("zhangsan", "3")))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(45009));
		assertThat(emulator.record().deliveries(Outcome.REJECTED)).extracting(Delivery::code).containsExactly("45009");
	}

	@Test
	void aRefusedCallerIpGets60020() {
		emulator.wecom().refuseCallerIp(emulator.wecom().app(), true);

		assertThatThrownBy(() -> wx.getMessageService().send(text("zhangsan", "x")))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(60020));
	}

	@Test
	void aButtonCardGivesAResponseCodeThatUpdatesTheCardOnlyOnce() throws Exception {
		WxCpMessage card = WxCpMessage.TEMPLATECARD()
			.agentId(emulator.wecom().app().agentId())
			.toUser("zhangsan")
			.cardType("button_interaction")
			.mainTitleTitle("请确认交接清单第3项")
			.taskId("task-3")
			.buttons(List.of(TemplateCardButton.builder().text("确认").style(1).key("confirm:3").build(),
					TemplateCardButton.builder().text("异议").style(2).key("dispute:3").build()))
			.build();
		WxCpMessageSendResult sent = wx.getMessageService().send(card);

		wx.getTaskCardService()
			.updateTemplateCardButton(List.of("zhangsan"), null, null, 0, sent.getResponseCode(), "已确认");

		assertThat(sent.getResponseCode()).isNotBlank();
		assertThatThrownBy(() -> wx.getTaskCardService()
			.updateTemplateCardButton(List.of("zhangsan"), null, null, 0, sent.getResponseCode(), "again"))
			.isInstanceOf(WxErrorException.class);
		assertThatThrownBy(() -> wx.getMessageService().send(card)).as("task_id is unique per app")
			.isInstanceOf(WxErrorException.class);
		assertThat(emulator.record().deliveries(d -> d.api() == Api.WECOM_UPDATE_TEMPLATE_CARD && d.delivered()))
			.extracting(Delivery::recipient, Delivery::msgType, Delivery::content)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("zhangsan", "update_button", "已确认"));
	}

	@Test
	void aResponseCodeExpiresAfter72Hours() throws Exception {
		String code = emulator.wecom().issueResponseCode(emulator.wecom().app(), "task-9", "zhangsan");
		emulator.clock().advance(Duration.ofHours(72).plusSeconds(1));

		assertThatThrownBy(() -> wx.getTaskCardService()
			.updateTemplateCardButton(List.of("zhangsan"), null, null, 0, code, "late"))
			.isInstanceOf(WxErrorException.class);
	}

	@Test
	void appChatsAreCreatedAndReceiveMessages() throws Exception {
		String chatId = wx.getChatService().create("交接工作群", "zhangsan", List.of("zhangsan", "lisi"), "handover1");
		wx.getChatService().sendMsg(WxCpAppChatMessage.buildTextMsg(chatId, "群通知", false));

		assertThat(chatId).isEqualTo("handover1");
		assertThatThrownBy(() -> wx.getChatService().sendMsg(WxCpAppChatMessage.buildTextMsg("nochat", "x", false)))
			.isInstanceOf(WxErrorException.class);
		assertThat(emulator.record().deliveries(d -> d.api() == Api.WECOM_APPCHAT_SEND && d.delivered()))
			.extracting(Delivery::recipient, Delivery::content)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("handover1", "群通知"));
	}

}
