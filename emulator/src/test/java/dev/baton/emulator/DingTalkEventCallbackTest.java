package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.callback.EventDelivery;
import dev.baton.emulator.callback.RawCallback;
import dev.baton.emulator.crypto.WeComCrypto;
import dev.baton.emulator.dingtalk.EventSubscription;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.http.QueryString;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Org events over the HTTP event subscription: signed and encrypted for the AppKey, taken
 * only when the answer is the encrypted "success", tried again otherwise. The receiver
 * here is a bare JDK server doing what the doc says.
 */
class DingTalkEventCallbackTest {

	private static final String TOKEN = "eventToken01";

	private static final String AES_KEY = "o1w0aum42yaptlz8alnhwikjd3jenzt9cb9wmzptgus";

	private PlatformEmulator emulator;

	private HttpServer receiver;

	private final List<JsonNode> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failFirst = new AtomicInteger();

	private volatile String answerWith = "success";

	@BeforeEach
	void start() throws Exception {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		DingTalkApp app = emulator.dingTalk().app();
		WeComCrypto crypto = new WeComCrypto(TOKEN, AES_KEY, app.appKey());
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/events", exchange -> {
			Map<String, String> query = QueryString.parse(exchange.getRequestURI().getRawQuery());
			String encrypt = Json.read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
				.path("encrypt")
				.stringValue();
			boolean signed = crypto.signature(query.get("timestamp"), query.get("nonce"), encrypt)
				.equals(query.get("msg_signature"));
			WeComCrypto.Plain plain = crypto.decrypt(encrypt);
			received.add(Json.read(plain.message()));
			byte[] answer;
			if (!signed || !app.appKey().equals(plain.receiveId()) || failFirst.getAndDecrement() > 0) {
				answer = "{\"error\":\"busy\"}".getBytes(StandardCharsets.UTF_8);
			}
			else {
				String ts = Long.toString(System.currentTimeMillis());
				String enc = crypto.encrypt(answerWith);
				ObjectNode body = Json.object();
				body.put("msg_signature", crypto.signature(ts, "n0nce", enc));
				body.put("timeStamp", ts);
				body.put("nonce", "n0nce");
				body.put("encrypt", enc);
				answer = Json.write(body).getBytes(StandardCharsets.UTF_8);
			}
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		receiver.start();
		emulator.dingTalk()
			.subscribeEvents(new EventSubscription(app.appKey(),
					"http://127.0.0.1:" + receiver.getAddress().getPort() + "/events", TOKEN, AES_KEY));
	}

	@AfterEach
	void stop() {
		receiver.stop(0);
		emulator.close();
	}

	@Test
	void anEventIsSignedEncryptedForTheAppKeyAndTakenOnTheEncryptedSuccess() {
		EventDelivery delivery = emulator.dingTalkEvents().overHttp("user_add_org", List.of("zhangsan", "lisi"));

		assertThat(delivery.taken()).isTrue();
		assertThat(delivery.attempts()).hasSize(1);
		assertThat(received).singleElement().satisfies(event -> {
			assertThat(event.path("EventType").stringValue()).isEqualTo("user_add_org");
			assertThat(event.path("CorpId").stringValue()).isEqualTo(emulator.dingTalk().app().corpId());
			assertThat(event.path("eventId").stringValue()).isEqualTo(delivery.eventId());
			assertThat(Json.strings(event, "userId")).containsExactly("zhangsan", "lisi");
		});
		assertThat(emulator.dingTalkEvents().overHttp("org_dept_remove", List.of("100")).taken()).isTrue();
		assertThat(received.get(1).path("deptId").get(0).asLong()).isEqualTo(100L);
		assertThat(emulator.dingTalkEvents().checkUrl().taken()).isTrue();
		assertThat(received.get(2).path("EventType").stringValue()).isEqualTo("check_url");
	}

	@Test
	void anAnswerThatIsNotTheEncryptedSuccessIsAFailedPushTriedTwiceMore() {
		failFirst.set(1);
		EventDelivery retried = emulator.dingTalkEvents().overHttp("user_modify_org", List.of("zhangsan"));
		assertThat(retried.taken()).isTrue();
		assertThat(retried.attempts()).hasSize(2);
		assertThat(received).extracting(e -> e.path("eventId").stringValue()).containsOnly(retried.eventId());

		answerWith = "ok";
		EventDelivery refused = emulator.dingTalkEvents().overHttp("user_modify_org", List.of("zhangsan"));
		assertThat(refused.taken()).isFalse();
		assertThat(refused.attempts()).hasSize(3);
		assertThat(refused.problem()).startsWith("71009");
	}

	@Test
	void theBadCallbacksAreWhatTheirNamesSay() {
		var bad = emulator.dingTalkEvents().bad();
		WeComCrypto crypto = new WeComCrypto(TOKEN, AES_KEY, emulator.dingTalk().app().appKey());

		RawCallback forged = bad.forgedSignature("zhangsan");
		Map<String, String> query = QueryString.parse(forged.uri().getRawQuery());
		String encrypt = Json.read(forged.bodyText()).path("encrypt").stringValue();
		assertThat(crypto.signature(query.get("timestamp"), query.get("nonce"), encrypt))
			.isNotEqualTo(query.get("msg_signature"));

		RawCallback other = bad.otherOwner("zhangsan");
		assertThat(crypto.decrypt(Json.read(other.bodyText()).path("encrypt").stringValue()).receiveId())
			.isEqualTo("dingotherapp0001");

		RawCallback stale = bad.stale("zhangsan", Duration.ofHours(2));
		long ts = Long.parseLong(QueryString.parse(stale.uri().getRawQuery()).get("timestamp"));
		// the emulator's clock runs on between making the callback and reading it here
		assertThat(emulator.clock().millis() - ts).isBetween(Duration.ofHours(2).toMillis(),
				Duration.ofHours(2).plusSeconds(5).toMillis());

		assertThat(bad.unsigned("zhangsan").uri().getRawQuery()).isNull();
	}

}
