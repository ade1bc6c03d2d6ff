package dev.baton.bot.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.InboundListener;
import dev.baton.integrations.dingtalk.DingTalkSignatures;
import dev.baton.integrations.wecom.WeComCrypto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The callback URLs over real HTTP, on real MariaDB and Redis: verified callbacks are
 * handed on exactly once however often the platform resends them; forged, stale,
 * malformed and oversized ones get a 4xx and leave no trace.
 */
@DomainContext
@Import(CallbackEndpointsTest.Recording.class)
@TestPropertySource(properties = { "baton.wecom.apps[0].name=c", "baton.wecom.apps[0].corp-id=wx5823bf96d3bd56c7",
		"baton.wecom.apps[0].agent-id=1000002", "baton.wecom.apps[0].secret=s", "baton.wecom.apps[0].token=QDG6eK",
		"baton.wecom.apps[0].encoding-aes-key=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
		"baton.wecom.apps[1].name=b", "baton.wecom.apps[1].corp-id=ww1436e0e65a779aee",
		"baton.wecom.apps[1].agent-id=1000002", "baton.wecom.apps[1].secret=s",
		"baton.wecom.apps[1].token=hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
		"baton.wecom.apps[1].encoding-aes-key=6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
		"baton.dingtalk.apps[0].name=t", "baton.dingtalk.apps[0].corp-id=dingcorp01",
		"baton.dingtalk.apps[0].app-key=dingappkey", "baton.dingtalk.apps[0].app-secret=testAppSecret123",
		"baton.dingtalk.apps[0].robot-code=dingrobot01", "baton.dingtalk.apps[0].agent-id=1",
		"baton.dingtalk.apps[0].card-callback-secret=mySecret" })
class CallbackEndpointsTest {

	static final String C_ENCRYPT = "sKqRbbiSUnDhFHOvPjtUMbvtjo3s1cNKW7qmPVZuWTZ3NKivhET4qf6wGJnu/Q26UrQ3W+fLBYjAm7mjA4XAgLL0Z5i2u5AOMFNZaywlItsFq2Zxo581nDlhSsn41MtbuV2HhIDelm1oxtZAkRWPNu0jXVS8JhU8Y/6wxcjNv+pcl3TtenX2WGA6zk1QRdNtCGG4mqXLrZrlppkx++81jwHIMUiiGH21hBhHWbXqfc0AF1anF+7wIyglV42mALLv3L8uH04fEC58TPzHdSI03Fuwh4wrE1ODrZ195LavT6hc+Ek7Hw+16xENCGaNnAYm3VHedxg92RKLM5vfeyawBSkqvUFVNCeGUXa4u/fE4E+4LLjqm3G6kAYmASRr4Y73hbwDqJFq4JVxPzp8xxffXJBPWpOQ9zqncPG9jrj3cRYvyim4fH1YrYkUzylQF2GUzMd/OtIqHdRCaeRLIhyncs3LjjwF5vUZY/nnLQiMi+0Us2lqK/VgVK1vn3kJsFLqx3Wzl91BDG4eNq6uZe9zNO9kyARrzXwvu7v42B7kC+ka1tb6fsYWk3XikSj+kbnnB5g0op3KpiUGp54LK1M6W38aFdQ0Eh8a8kmaQbxRiWZ75g4xQEB+LVvryEz3JM0n";

	static final String C_QUERY = "?msg_signature=f2bf6ffee3c925c74ee5034ba0af707c98751e82&timestamp=1700000000&nonce=1234567890";

	static final String C_KEY = "WECOM:card:task-001:approve:zhangsan";

	@Autowired
	MutableClock clock;

	@Autowired
	Recording recording;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void reset() {
		recording.events.clear();
		jdbc.update("DELETE FROM inbox WHERE event_key = ?", C_KEY);
		clock.set(Instant.ofEpochSecond(1700000000));
	}

	@Test
	void weComUrlVerificationAnswersThePlaintextEcho() throws Exception {
		clock.set(Instant.ofEpochSecond(1476416373));
		String echostr = URLEncoder.encode(
				"fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==",
				StandardCharsets.UTF_8);

		HttpResponse<String> reply = get("/callbacks/wecom/b?msg_signature=012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb"
				+ "&timestamp=1476416373&nonce=47744683&echostr=" + echostr);

		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.body()).isEqualTo("1288432023552776189");
	}

	@Test
	void aWeComCardPressResentThreeTimesIsHandledOnce() throws Exception {
		for (int attempt = 0; attempt < 4; attempt++) {
			HttpResponse<String> reply = post("/callbacks/wecom/c" + C_QUERY,
					envelope("wx5823bf96d3bd56c7", C_ENCRYPT));
			assertThat(reply.statusCode()).isEqualTo(200);
			assertThat(reply.body()).isEmpty();
		}

		await().atMost(Duration.ofSeconds(5)).until(() -> recording.events.size() == 1);
		assertThat(recording.events.get(0)).isInstanceOfSatisfying(InboundEvent.CardAction.class,
				card -> assertThat(card.action()).isEqualTo("approve"));
		assertThat(stored(C_KEY)).as("stored once, the inbox row its de-duplication record").isEqualTo(1);
	}

	@Test
	void forgedStaleMalformedAndOversizedWeComCallbacksAreRefusedAndLeaveNoTrace() throws Exception {
		WeComCrypto crypto = new WeComCrypto("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
		String otherCorp = crypto.encrypt(new byte[16], "<xml><ToUserName>wwattacker</ToUserName></xml>", "wwattacker");
		String otherCorpQuery = "?msg_signature=" + WeComCrypto.signature("QDG6eK", "1700000000", "1", otherCorp)
				+ "&timestamp=1700000000&nonce=1";

		assertThat(
				post("/callbacks/wecom/c" + C_QUERY.replace("f2bf", "0000"), envelope("wx5823bf96d3bd56c7", C_ENCRYPT))
					.statusCode())
			.as("wrong signature")
			.isEqualTo(403);
		assertThat(post("/callbacks/wecom/c" + otherCorpQuery, envelope("wx5823bf96d3bd56c7", otherCorp)).statusCode())
			.as("another corp")
			.isEqualTo(403);
		assertThat(post("/callbacks/wecom/c" + C_QUERY,
				("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + "<xml><Encrypt>&e;</Encrypt></xml>")
					.getBytes(StandardCharsets.UTF_8))
			.statusCode()).as("XXE").isEqualTo(400);
		assertThat(post("/callbacks/wecom/c" + C_QUERY, "<xml><Encrypt>".getBytes(StandardCharsets.UTF_8)).statusCode())
			.as("malformed")
			.isEqualTo(400);
		assertThat(post("/callbacks/wecom/c" + C_QUERY, new byte[70_000]).statusCode()).as("oversized").isEqualTo(413);
		assertThat(post("/callbacks/wecom/nosuchapp" + C_QUERY, envelope("wx5823bf96d3bd56c7", C_ENCRYPT)).statusCode())
			.as("unknown app")
			.isEqualTo(404);
		clock.set(Instant.ofEpochSecond(1700000000 + 3600));
		assertThat(post("/callbacks/wecom/c" + C_QUERY, envelope("wx5823bf96d3bd56c7", C_ENCRYPT)).statusCode())
			.as("stale")
			.isEqualTo(403);

		assertThat(stored(C_KEY)).isZero();
		assertThat(recording.events).isEmpty();
	}

	@Test
	void aSignedDingTalkMessageSentTwiceIsHandledOnceAndForgeriesAreRefused() throws Exception {
		long now = 1700000000000L;
		clock.set(Instant.ofEpochMilli(now));
		String msgId = "msg" + System.nanoTime();
		byte[] body = ("{\"msgtype\":\"text\",\"text\":{\"content\":\" 我的交接\"},\"msgId\":\"" + msgId
				+ "\",\"createAt\":" + now + ",\"conversationType\":\"1\",\"senderCorpId\":\"dingcorp01\","
				+ "\"senderStaffId\":\"user001\"}")
			.getBytes(StandardCharsets.UTF_8);
		String ts = Long.toString(now);
		String sign = DingTalkSignatures.robot(ts, "testAppSecret123");

		assertThat(postDing("/callbacks/dingtalk/t", ts, DingTalkSignatures.robot(ts, "wrong"), body).statusCode())
			.isEqualTo(403);
		assertThat(postDing("/callbacks/dingtalk/t", ts, sign, "{\"msgtype\":".getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(400);
		assertThat(postDing("/callbacks/dingtalk/t", ts, sign, new byte[] { '{', (byte) 0xFF, '}' }).statusCode())
			.isEqualTo(400);
		assertThat(recording.events).isEmpty();
		assertThat(stored("DINGTALK:msg:" + msgId)).isZero();

		assertThat(postDing("/callbacks/dingtalk/t", ts, sign, body).statusCode()).isEqualTo(200);
		assertThat(postDing("/callbacks/dingtalk/t", ts, sign, body).statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(5)).until(() -> recording.events.size() == 1);
		assertThat(recording.events.get(0)).isInstanceOfSatisfying(InboundEvent.Text.class,
				text -> assertThat(text.text()).isEqualTo("我的交接"));
	}

	@Test
	void aSignedDingTalkCardPressFromAnotherCorpIsRefusedAndStoresNothing() throws Exception {
		long now = 1700000000000L;
		clock.set(Instant.ofEpochMilli(now));
		String ts = Long.toString(now);
		String outTrackId = "card-" + System.nanoTime();
		byte[] body = ("{\"type\":\"actionCallback\",\"outTrackId\":\"" + outTrackId
				+ "\",\"corpId\":\"dingattackercorp\","
				+ "\"userId\":\"user001\",\"content\":\"{\\\"cardPrivateData\\\":{\\\"actionIds\\\":[\\\"approve\\\"],"
				+ "\\\"params\\\":{}}}\"}")
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> reply = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/t/card"))
				.header("Content-Type", "application/json; charset=utf-8")
				.header("x-ddpaas-signature-timestamp", ts)
				.header("x-ddpaas-signature", DingTalkSignatures.card(ts, "mySecret"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(reply.statusCode()).isEqualTo(403);
		assertThat(stored("DINGTALK:card:" + outTrackId + ":approve:user001")).isZero();
		byte[] ours = new String(body, StandardCharsets.UTF_8).replace("dingattackercorp", "dingcorp01")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/t/card"))
				.header("Content-Type", "application/json; charset=utf-8")
				.header("x-ddpaas-signature-timestamp", ts)
				.header("x-ddpaas-signature", DingTalkSignatures.card(ts, "mySecret"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(ours))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("the same press from our corp").isEqualTo(200);
		assertThat(stored("DINGTALK:card:" + outTrackId + ":approve:user001")).isEqualTo(1);
	}

	private int stored(String eventKey) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE event_key = ?", Integer.class, eventKey);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, byte[] body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "text/xml")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postDing(String path, String timestamp, String sign, byte[] body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("timestamp", timestamp)
			.header("sign", sign)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] envelope(String corpId, String encrypt) {
		return ("<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID>"
				+ "<Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>")
			.getBytes(StandardCharsets.UTF_8);
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
