package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import com.dingtalk.open.app.api.security.AuthClientCredential;
import dev.baton.emulator.callback.DingTalkCallbackClient;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.stream.StreamAck;
import dev.baton.emulator.stream.StreamTickets;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official Stream SDK 1.3.12 connects over TLS, receives robot messages and card
 * clicks, and ACKs them.
 */
class DingTalkStreamTest {

	private PlatformEmulator emulator;

	private OpenDingTalkClient client;

	private final List<String> botMessages = new CopyOnWriteArrayList<>();

	private final List<String> cardClicks = new CopyOnWriteArrayList<>();

	private final List<com.dingtalk.open.app.api.message.GenericOpenDingTalkEvent> events = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws Exception {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().streamPingInterval(Duration.ZERO));
		emulator.tls().applyAsDefaultTrustStore();
		OpenDingTalkStreamClientBuilder builder = OpenDingTalkStreamClientBuilder.custom()
			.credential(
					new AuthClientCredential(emulator.dingTalk().app().appKey(), emulator.dingTalk().app().appSecret()))
			.registerCallbackListener(DingTalkCallbackClient.BOT_TOPIC,
					new OpenDingTalkCallbackListener<String, String>() {
						@Override
						public String execute(String message) {
							botMessages.add(message);
							return null;
						}
					})
			.registerCallbackListener(DingTalkCallbackClient.CARD_TOPIC,
					new OpenDingTalkCallbackListener<String, Map<String, Object>>() {
						@Override
						public Map<String, Object> execute(String click) {
							cardClicks.add(click);
							return Map.of("cardData", Map.of("cardParamMap", Map.of("status", "已确认")));
						}
					})
			.registerAllEventListener(event -> {
				events.add(event);
				return "later".equals(event.getEventId())
						? com.dingtalk.open.app.stream.protocol.event.EventAckStatus.LATER
						: com.dingtalk.open.app.stream.protocol.event.EventAckStatus.SUCCESS;
			});
		Field host = OpenDingTalkStreamClientBuilder.class.getDeclaredField("openApiHost");
		host.setAccessible(true);
		host.set(builder, emulator.dingTalkApiBaseUrl());
		client = builder.build();
		client.start();
		assertThat(emulator.stream()
			.awaitConnection(emulator.dingTalk().app().appKey(), DingTalkCallbackClient.CARD_TOPIC,
					Duration.ofSeconds(20)))
			.isTrue();
	}

	@AfterEach
	void stop() throws Exception {
		client.stop();
		emulator.close();
	}

	@Test
	void aRobotMessageReachesTheListenerAndIsAcknowledged() throws Exception {
		DingTalkCallbackClient callbacks = emulator.dingTalkCallbacks();
		ObjectNode message = callbacks.privateText("zhangsan", "我的交接");

		StreamAck ack = callbacks.sendRobotMessageOverStream(message).get(10, TimeUnit.SECONDS);

		assertThat(ack.code()).isEqualTo(200);
		assertThat(botMessages).singleElement().satisfies(received -> {
			assertThat(Json.read(received).path("text").path("content").stringValue()).isEqualTo("我的交接");
			assertThat(Json.read(received).path("msgId").stringValue()).isEqualTo(Json.text(message, "msgId"));
		});
	}

	@Test
	void aCardClickIsPushedAndTheCardResponseComesBackInTheAck() throws Exception {
		emulator.dingTalk().directory().addUsers("zhaoliu");
		// a STREAM card as createAndDeliver would store it
		var token = emulator.dingTalk().tokens().issue(emulator.dingTalk().app().id()).value();
		var http = java.net.http.HttpClient.newHttpClient();
		http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(emulator.dingTalkApiBaseUrl() + "/v1.0/card/instances/createAndDeliver"))
			.header("x-acs-dingtalk-access-token", token)
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString(Json.write(Map.of("outTrackId", "card-1", "cardTemplateId", "t.schema", "callbackType",
						"STREAM", "openSpaceId", "dtv1.card//IM_ROBOT.zhaoliu", "imRobotOpenDeliverModel",
						Map.of("spaceType", "IM_ROBOT"), "cardData", Map.of("cardParamMap", Map.of("status", "待确认"))))))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

		StreamAck ack = emulator.dingTalkCallbacks()
			.clickOverStream("card-1", "zhaoliu", List.of("confirm"), Map.of("item", "3"))
			.get(10, TimeUnit.SECONDS);

		assertThat(cardClicks).singleElement().satisfies(click -> {
			assertThat(Json.read(click).path("outTrackId").stringValue()).isEqualTo("card-1");
			assertThat(Json.read(Json.read(click).path("content").stringValue())
				.path("cardPrivateData")
				.path("params")
				.path("item")
				.stringValue()).isEqualTo("3");
		});
		assertThat(Json.read(ack.data())
			.path("response")
			.path("cardData")
			.path("cardParamMap")
			.path("status")
			.stringValue()).isEqualTo("已确认");
	}

	@Test
	void anOrgEventReachesTheEventListenerWithItsHeadersAndIsAcknowledged() throws Exception {
		var orgEvents = emulator.dingTalkEvents();

		StreamAck ack = orgEvents.overStream("user_leave_org", "evt-1", List.of("zhangsan")).get(10, TimeUnit.SECONDS);
		StreamAck dept = orgEvents.overStream("org_dept_create", List.of("432825033")).get(10, TimeUnit.SECONDS);
		StreamAck later = orgEvents.overStream("user_add_org", "later", List.of("lisi")).get(10, TimeUnit.SECONDS);

		assertThat(ack.code()).isEqualTo(200);
		assertThat(Json.read(ack.data()).path("status").stringValue()).isEqualTo("SUCCESS");
		assertThat(Json.read(later.data()).path("status").stringValue()).isEqualTo("LATER");
		assertThat(events).hasSize(3);
		var left = events.get(0);
		assertThat(left.getEventId()).isEqualTo("evt-1");
		assertThat(left.getEventType()).isEqualTo("user_leave_org");
		assertThat(left.getEventCorpId()).isEqualTo(emulator.dingTalk().app().corpId());
		assertThat(left.getEventBornTime()).isPositive();
		assertThat(left.getData().getJSONArray("userId")).containsExactly("zhangsan");
		assertThat(left.getData().getString("timeStamp")).isNotBlank();
		assertThat(dept.code()).isEqualTo(200);
		assertThat(events.get(1).getData().getJSONArray("deptId")).containsExactly(432825033);
	}

	@Test
	void theClientAnswersPingsByEchoingTheOpaqueValue() throws Exception {
		StreamAck pong = emulator.stream().ping(emulator.dingTalk().app().appKey()).get(0).get(10, TimeUnit.SECONDS);

		String ping = emulator.stream()
			.framesSent()
			.stream()
			.filter(f -> f.contains("\"topic\":\"ping\""))
			.reduce((a, b) -> b)
			.orElseThrow();
		assertThat(pong.code()).isEqualTo(200);
		assertThat(Json.read(pong.data())).isEqualTo(Json.read(Json.read(ping).get("data").stringValue()));
	}

	@Test
	void ticketsAreSingleUseAndLast90Seconds() {
		AtomicLong now = new AtomicLong(1_000_000);
		StreamTickets tickets = new StreamTickets(now::get);
		String used = tickets.issue("app", List.of("/t"));
		String late = tickets.issue("app", List.of("/t"));

		assertThat(tickets.redeem(used)).isPresent();
		assertThat(tickets.redeem(used)).isEmpty();
		now.addAndGet(90_001);
		assertThat(tickets.redeem(late)).isEmpty();
	}

}
