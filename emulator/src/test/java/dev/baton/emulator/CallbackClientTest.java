package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.baton.emulator.callback.CallbackResult;
import dev.baton.emulator.callback.RetryPolicy;
import dev.baton.emulator.callback.WeComCallbackClient;
import dev.baton.emulator.crypto.DingTalkSignatures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The callback clients against a stand-in for Baton that checks them with WxJava's own
 * verification: good callbacks pass, slow answers are retried as WeCom does, bad ones
 * fail verification.
 */
class CallbackClientTest {

	private PlatformEmulator emulator;

	private HttpServer baton;

	private WxCpDefaultConfigImpl wxConfig;

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger slowAnswersLeft = new AtomicInteger();

	@BeforeEach
	void start() throws IOException {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		wxConfig = new WxCpDefaultConfigImpl();
		wxConfig.setCorpId(emulator.wecom().app().corpId());
		wxConfig.setAgentId(emulator.wecom().app().agentId());
		wxConfig.setToken(emulator.wecom().app().token());
		wxConfig.setAesKey(emulator.wecom().app().aesKey());
		baton = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		baton.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		baton.createContext("/wecom", this::wecom);
		baton.createContext("/dingtalk", this::dingTalk);
		baton.start();
	}

	@AfterEach
	void stop() {
		baton.stop(0);
		emulator.close();
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + baton.getAddress().getPort() + path);
	}

	private void wecom(HttpExchange exchange) throws IOException {
		Map<String, String> q = dev.baton.emulator.http.QueryString.parse(exchange.getRequestURI().getRawQuery());
		String answer;
		int status = 200;
		try {
			if ("GET".equals(exchange.getRequestMethod())) {
				answer = new WxCpCryptUtil(wxConfig).decryptContent(q.get("msg_signature"), q.get("timestamp"),
						q.get("nonce"), q.get("echostr"));
			}
			else {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				WxCpXmlMessage message = WxCpXmlMessage.fromEncryptedXml(body, wxConfig, q.get("timestamp"),
						q.get("nonce"), q.get("msg_signature"));
				received.add(message.getFromUserName() + ":" + (message.getContent() != null ? message.getContent()
						: message.getEventKey() + "/" + message.getResponseCode()));
				if (slowAnswersLeft.getAndDecrement() > 0) {
					Thread.sleep(1500);
				}
				answer = "";
			}
		}
		catch (RuntimeException | InterruptedException e) {
			status = 403;
			answer = "refused";
		}
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private void dingTalk(HttpExchange exchange) throws IOException {
		String timestamp = exchange.getRequestHeaders().getFirst("timestamp");
		String sign = exchange.getRequestHeaders().getFirst("sign");
		boolean valid = timestamp != null && sign != null
				&& sign.equals(
						DingTalkSignatures.robotSign(Long.parseLong(timestamp), emulator.dingTalk().app().appSecret()))
				&& Math.abs(System.currentTimeMillis() - Long.parseLong(timestamp)) < 3_600_000;
		exchange.getRequestBody().readAllBytes();
		exchange.sendResponseHeaders(valid ? 200 : 403, -1);
		exchange.close();
	}

	@Test
	void urlVerificationAndTextMessagesPassWxJavasChecks() {
		WeComCallbackClient callbacks = emulator.wecomCallbacks(url("/wecom"));

		assertThat(callbacks.verifyUrl().verified()).isTrue();
		assertThat(callbacks.text("zhangsan", "确认 3").accepted()).isTrue();
		assertThat(callbacks.templateCardEvent("lisi", "task-1", "confirm:1").accepted()).isTrue();
		assertThat(received).hasSize(2);
		assertThat(received.get(0)).isEqualTo("zhangsan:确认 3");
		assertThat(received.get(1)).startsWith("lisi:confirm:1/RC");
	}

	@Test
	void aSlowAnswerIsDroppedAndTheCallbackSentAgain() {
		WeComCallbackClient callbacks = emulator.wecomCallbacks(url("/wecom"))
			.retryPolicy(RetryPolicy.wecom().withAnswerTimeout(Duration.ofMillis(1000)));
		assertThat(callbacks.text("zhangsan", "warm-up").accepted()).isTrue();
		received.clear();
		slowAnswersLeft.set(2);

		CallbackResult result = callbacks.text("zhangsan", "提交");

		assertThat(result.attempts()).hasSize(3);
		assertThat(result.attempts().subList(0, 2)).allSatisfy(a -> assertThat(a.timedOut()).isTrue());
		assertThat(result.accepted()).isTrue();
		assertThat(received).containsExactly("zhangsan:提交", "zhangsan:提交", "zhangsan:提交");
	}

	@Test
	void badWeComCallbacksFailVerificationAndAreRetriedAsRefusals() {
		WeComCallbackClient callbacks = emulator.wecomCallbacks(url("/wecom"));

		CallbackResult wrongSignature = callbacks.send(callbacks.bad().wrongSignature());
		CallbackResult doctype = callbacks.retryPolicy(RetryPolicy.once(Duration.ofSeconds(5)))
			.send(callbacks.bad().doctypeInEnvelope());
		CallbackResult malformed = callbacks.send(callbacks.bad().malformedXml());
		CallbackResult badVerification = callbacks.send(callbacks.bad().wrongSignatureVerification());

		assertThat(wrongSignature.attempts()).hasSize(4).allSatisfy(a -> assertThat(a.status()).isEqualTo(403));
		assertThat(List.of(doctype, malformed, badVerification)).allSatisfy(r -> assertThat(r.status()).isEqualTo(403));
		assertThat(received).isEmpty();
	}

	@Test
	void dingTalkRobotCallbacksAreSignedAndBadOnesAreNot() {
		var callbacks = emulator.dingTalkCallbacks();
		var bad = callbacks.bad(url("/dingtalk"));

		assertThat(callbacks.sendRobotMessage(url("/dingtalk"), callbacks.privateText("zhangsan", "帮助")).status())
			.isEqualTo(200);
		assertThat(List.of(bad.wrongSign(), bad.staleTimestamp(Duration.ofHours(2)), bad.unsigned()))
			.allSatisfy(raw -> assertThat(callbacks.send(raw).status()).isEqualTo(403));
	}

	@Test
	void aReplyThroughTheSessionWebhookIsRecordedForTheConversation() throws Exception {
		var message = emulator.dingTalkCallbacks().privateText("wangwu", "进度");
		var http = java.net.http.HttpClient.newHttpClient();
		var response = http
			.send(java.net.http.HttpRequest.newBuilder(URI.create(message.get("sessionWebhook").stringValue()))
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString("{\"msgtype\":\"text\",\"text\":{\"content\":\"你有 2 项待确认\"}}"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(response.body()).contains("\"errcode\":0");
		assertThat(emulator.record().deliveriesTo("wangwu")).singleElement()
			.satisfies(d -> assertThat(d.content()).isEqualTo("你有 2 项待确认"));
	}

}
