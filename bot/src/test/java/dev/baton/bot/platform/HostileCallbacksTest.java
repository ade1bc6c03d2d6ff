package dev.baton.bot.platform;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.Workers;
import dev.baton.integrations.dingtalk.DingTalkSignatures;
import dev.baton.integrations.wecom.WeComCrypto;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R4 (#14): the hostile-input corpus ({@code hostile/callbacks.jsonl}, written by
 * {@code bench/scripts/hostile_callbacks.py}: forged, stale and unsigned callbacks, other
 * corps, XXE and entity expansion, oversized bodies, invalid UTF-8, garbage JSON and XML,
 * huge numbers, control characters) replayed against the DingTalk robot and card
 * endpoints and the WeCom endpoint, signed or encrypted as each input says: every one is
 * refused with a 4xx (none with a 5xx), nothing is stored in the inbox and nothing
 * reaches the conversation.
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
class HostileCallbacksTest {

	static final String CORP = "wx5823bf96d3bd56c7";

	static final WeComCrypto CRYPTO = new WeComCrypto("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");

	static final Pattern ENCRYPT = Pattern.compile("<Encrypt>(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</Encrypt>",
			Pattern.DOTALL);

	@Autowired
	MutableClock clock;

	@Autowired
	CallbackEndpointsTest.Recording recording;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Workers workers;

	@Value("${local.server.port}")
	int port;

	@Value("${baton.inbox.lane}")
	String lane;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyHostileInputIsRefusedWithA4xxAndChangesNothing() throws Exception {
		clock.set(Instant.now());
		recording.events.clear();
		List<JsonNode> corpus = new ArrayList<>();
		try (InputStream in = getClass().getResourceAsStream("/hostile/callbacks.jsonl")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					corpus.add(JsonMapper.builder().build().readTree(line));
				}
			}
		}
		assertThat(corpus).as("the corpus").hasSizeGreaterThanOrEqualTo(200);
		int storedBefore = stored();

		List<String> notRefused = new ArrayList<>();
		for (JsonNode input : corpus) {
			int status = replay(input);
			if (status < 400 || status > 499) {
				notRefused.add(input.path("name").asString() + " -> " + status);
			}
		}

		assertThat(notRefused).as("inputs not refused with a 4xx").isEmpty();
		assertThat(stored()).as("nothing stored").isEqualTo(storedBefore);
		workers.awaitIdle();
		assertThat(recording.events).as("nothing reached the conversation").isEmpty();
	}

	private int stored() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE lane = ?", Integer.class, lane);
	}

	private int replay(JsonNode input) throws Exception {
		byte[] body = input.has("body64") ? Base64.getDecoder().decode(input.path("body64").asString())
				: input.path("body").asString().getBytes(StandardCharsets.UTF_8);
		if (input.has("repeat")) {
			body = new String(body, StandardCharsets.UTF_8).repeat(input.path("repeat").asInt())
				.getBytes(StandardCharsets.UTF_8);
		}
		String sign = input.path("sign").asString();
		return switch (input.path("endpoint").asString()) {
			case "dingtalk" -> dingTalk("/callbacks/dingtalk/t", "timestamp", "sign", sign, body,
					ts -> DingTalkSignatures.robot(ts, "testAppSecret123"));
			case "dingtalk-card" -> dingTalk("/callbacks/dingtalk/t/card", "x-ddpaas-signature-timestamp",
					"x-ddpaas-signature", sign, body, ts -> DingTalkSignatures.card(ts, "mySecret"));
			case "wecom" -> weCom(sign, body);
			default -> throw new IllegalArgumentException(input.toString());
		};
	}

	private int dingTalk(String path, String timestampHeader, String signHeader, String sign, byte[] body,
			java.util.function.UnaryOperator<String> signer) throws Exception {
		long now = clock.millis();
		String ts = switch (sign) {
			case "stale" -> Long.toString(now - 2 * 3600_000L);
			case "ts-future" -> Long.toString(now + 2 * 3600_000L);
			case "ts-huge" -> "9".repeat(30);
			case "ts-text" -> "yesterday";
			case "ts-negative" -> "-5";
			default -> Long.toString(now);
		};
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (!sign.equals("none")) {
			request.header(timestampHeader, ts)
				.header(signHeader,
						sign.equals("wrong") ? DingTalkSignatures.robot(ts, "notTheSecret") : signer.apply(ts));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private int weCom(String sign, byte[] body) throws Exception {
		long now = clock.millis() / 1000;
		String ts = Long.toString(sign.equals("stale") ? now - 7200 : now);
		String nonce = Long.toString(System.nanoTime());
		String encrypt;
		byte[] envelope;
		if (sign.equals("wecom-raw")) {
			envelope = body;
			Matcher m = ENCRYPT.matcher(new String(body, StandardCharsets.UTF_8));
			encrypt = m.find() ? m.group(1) : "";
		}
		else {
			String receiver = sign.startsWith("wecom-corp:") ? sign.substring("wecom-corp:".length()) : CORP;
			encrypt = CRYPTO.encryptBytes(new byte[16], body, receiver);
			envelope = ("<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID>"
					+ "<Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>")
				.getBytes(StandardCharsets.UTF_8);
		}
		String query = sign.equals("none") ? "?timestamp=" + ts + "&nonce=" + nonce
				: "?msg_signature=" + URLEncoder.encode(
						WeComCrypto.signature(sign.equals("wrong") ? "notTheToken" : "QDG6eK", ts, nonce, encrypt),
						StandardCharsets.UTF_8) + "&timestamp=" + ts + "&nonce=" + nonce;
		return http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/c" + query))
				.header("Content-Type", "text/xml")
				.POST(HttpRequest.BodyPublishers.ofByteArray(envelope))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
