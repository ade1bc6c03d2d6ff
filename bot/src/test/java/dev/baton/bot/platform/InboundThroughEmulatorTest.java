package dev.baton.bot.platform;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.callback.CallbackResult;
import dev.baton.emulator.callback.RawCallback;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.InboundListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Callbacks built and sent by the emulator exactly as the platforms do (WeCom encrypted
 * and signed, DingTalk signed), each delivered again as a platform retry would: Baton
 * takes each event once.
 */
@DomainContext
@Import(InboundThroughEmulatorTest.Recording.class)
class InboundThroughEmulatorTest {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	Recording recording;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

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
		// the emulator signs with the real time; Baton's window check must agree
		clock.set(Instant.now());
		recording.events.clear();
	}

	@Test
	void weComTextAndCardPressResentAreTakenOnce() {
		var wecom = emulator.wecomCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main"));
		assertThat(wecom.verifyUrl().verified()).as("URL verification").isTrue();

		String text = "<xml><ToUserName><![CDATA[" + emulator.wecom().app().corpId() + "]]></ToUserName>"
				+ "<FromUserName><![CDATA[zhangsan]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[我的交接]]></Content>"
				+ "<MsgId>7300000000000000001</MsgId><AgentID>" + emulator.wecom().app().agentId() + "</AgentID></xml>";
		RawCallback once = wecom.post(text, new byte[16], Long.toString(Instant.now().getEpochSecond()), "42");
		CallbackResult first = wecom.send(once);
		CallbackResult retry = wecom.send(once);
		CallbackResult press = wecom.templateCardEvent("lisi", "item-3-confirm", "confirm");

		assertThat(first.accepted()).isTrue();
		assertThat(retry.accepted()).as("a resend is answered 200 too, and ignored").isTrue();
		assertThat(press.accepted()).isTrue();
		await().atMost(Duration.ofSeconds(5)).until(() -> recording.events.size() >= 2);
		assertThat(recording.events).hasSize(2);
		assertThat(recording.events).filteredOn(e -> e instanceof InboundEvent.Text)
			.singleElement()
			.satisfies(e -> assertThat(((InboundEvent.Text) e).text()).isEqualTo("我的交接"));
		assertThat(recording.events).filteredOn(e -> e instanceof InboundEvent.CardAction)
			.singleElement()
			.satisfies(e -> assertThat(((InboundEvent.CardAction) e).cardId()).isEqualTo("item-3-confirm"));
	}

	@Test
	void aDingTalkRobotMessageDeliveredTwiceIsTakenOnce() {
		var dingtalk = emulator.dingTalkCallbacks();
		URI url = URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main");
		var message = dingtalk.privateText("wangwu", "进度");

		assertThat(dingtalk.sendRobotMessage(url, message).accepted()).isTrue();
		assertThat(dingtalk.sendRobotMessage(url, message).accepted()).isTrue();

		await().atMost(Duration.ofSeconds(5)).until(() -> !recording.events.isEmpty());
		assertThat(recording.events).singleElement()
			.satisfies(e -> assertThat(((InboundEvent.Text) e).text()).isEqualTo("进度"));
	}

	@Test
	void theEmulatorsForgedCallbacksAreAllRefused() {
		var wecom = emulator.wecomCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main"));
		var bad = wecom.bad();
		List<RawCallback> forgeries = List.of(bad.wrongSignature(), bad.staleTimestamp(Duration.ofHours(2)),
				bad.wrongCorpId("wwattacker000001"), bad.doctypeInEnvelope(), bad.doctypeInPlaintext(),
				bad.oversized(70_000), bad.malformedXml(), bad.invalidUtf8InPlaintext(), bad.invalidUtf8Envelope());
		for (RawCallback forged : forgeries) {
			CallbackResult result = wecom.send(forged);
			assertThat(result.status()).as(forged.toString()).isBetween(400, 499);
		}
		assertThat(recording.events).isEmpty();
	}

	@Test
	void callbacksSignedCorrectlyButClaimingAnotherCorpAreRefusedAndStoreNothing() {
		var dingtalk = emulator.dingTalkCallbacks();
		URI url = URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main");
		var fromElsewhere = dingtalk.privateText("wangwu", "我的交接");
		fromElsewhere.put("senderCorpId", "dingattackercorp");
		var robotElsewhere = dingtalk.privateText("wangwu", "我的交接");
		robotElsewhere.put("chatbotCorpId", "dingattackercorp");

		assertThat(dingtalk.sendRobotMessage(url, fromElsewhere).status()).as("a sender of another corp")
			.isEqualTo(403);
		assertThat(dingtalk.sendRobotMessage(url, robotElsewhere).status()).as("another corp's robot").isEqualTo(403);

		// WeCom: encrypted for Baton's corp, but the message inside is addressed to
		// another
		var wecom = emulator.wecomCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main"));
		String otherCorp = "<xml><ToUserName><![CDATA[wwattacker000001]]></ToUserName>"
				+ "<FromUserName><![CDATA[zhangsan]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[我的交接]]></Content>"
				+ "<MsgId>7300000000000000099</MsgId><AgentID>" + emulator.wecom().app().agentId() + "</AgentID></xml>";
		assertThat(wecom.send(wecom.post(otherCorp, new byte[16], Long.toString(Instant.now().getEpochSecond()), "43"))
			.status()).as("a WeCom message to another corp").isEqualTo(403);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE event_key IN (?, ?, ?)", Integer.class,
				"DINGTALK:msg:" + fromElsewhere.path("msgId").asString(),
				"DINGTALK:msg:" + robotElsewhere.path("msgId").asString(), "WECOM:msg:7300000000000000099"))
			.as("nothing stored")
			.isZero();
		assertThat(recording.events).isEmpty();
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
