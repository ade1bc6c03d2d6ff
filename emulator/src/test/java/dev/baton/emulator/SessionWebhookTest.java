package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.record.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A robot message's sessionWebhook: good until {@code sessionWebhookExpiredTime}, refused
 * with 300001 after it, limited per webhook (the robot-webhook limit, ASSUMED for
 * sessionWebhooks: 20 a minute, then 10 minutes throttled, 410100), and subject to
 * injected faults like any endpoint.
 */
class SessionWebhookTest {

	private PlatformEmulator emulator;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws IOException {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	private String reply(String webhook, String text) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create(webhook))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"msgtype\":\"text\",\"text\":{\"content\":\"" + text + "\"}}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	@Test
	void aWebhookIsGoodUntilItsExpiryTimeAndRefusedWith300001After() throws Exception {
		var message = emulator.dingTalkCallbacks().privateText("wangwu", "进度");
		String webhook = message.get("sessionWebhook").stringValue();
		long expires = message.get("sessionWebhookExpiredTime").longValue();
		assertThat(expires - message.get("createAt").longValue()).isEqualTo(Duration.ofMinutes(90).toMillis());

		assertThat(reply(webhook, "一")).contains("\"errcode\":0");
		emulator.clock().advance(Duration.ofMinutes(91));
		assertThat(reply(webhook, "二")).contains("\"errcode\":300001");
		assertThat(reply(webhook.replaceAll("session=.*", "session=nosuch"), "三")).contains("\"errcode\":300001");

		assertThat(emulator.record().deliveriesTo("wangwu")).extracting(d -> d.content() + ":" + d.outcome())
			.containsExactly("一:" + Outcome.DELIVERED);
	}

	@Test
	void aWebhookTakesTwentyMessagesAMinuteThenIsThrottledForTenMinutes() throws Exception {
		String webhook = emulator.dingTalkCallbacks().privateText("wangwu", "进度").get("sessionWebhook").stringValue();
		for (int i = 0; i < 20; i++) {
			assertThat(reply(webhook, "m" + i)).contains("\"errcode\":0");
		}
		assertThat(reply(webhook, "over")).contains("\"errcode\":410100");
		emulator.clock().advance(Duration.ofMinutes(2));
		assertThat(reply(webhook, "still blocked")).contains("\"errcode\":410100");
		emulator.clock().advance(Duration.ofMinutes(9));
		assertThat(reply(webhook, "again")).contains("\"errcode\":0");
		// another person's webhook was never throttled
		String other = emulator.dingTalkCallbacks().privateText("lisi", "进度").get("sessionWebhook").stringValue();
		assertThat(reply(other, "hello")).contains("\"errcode\":0");
		assertThat(emulator.record().deliveriesTo("wangwu").stream().filter(d -> d.outcome() == Outcome.DELIVERED))
			.hasSize(21);
	}

	@Test
	void anInjectedRefusalDeliversNothing() throws Exception {
		String webhook = emulator.dingTalkCallbacks().privateText("wangwu", "进度").get("sessionWebhook").stringValue();
		emulator.faults().next(1, Fault.errcode(-1), Api.DINGTALK_SESSION_WEBHOOK);
		assertThat(reply(webhook, "busy")).contains("\"errcode\":-1");
		assertThat(reply(webhook, "ok")).contains("\"errcode\":0");
		assertThat(emulator.record().deliveriesTo("wangwu")).extracting(d -> d.content() + ":" + d.outcome())
			.containsExactly("busy:" + Outcome.REJECTED, "ok:" + Outcome.DELIVERED);
	}

}
