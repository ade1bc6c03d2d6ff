package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.limit.FaultRule;
import dev.baton.emulator.limit.RateLimit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A 5,000-user fan-out in the fewest calls, recorded exactly once per user; faults at
 * their configured rate.
 */
class FanOutAndFaultsTest {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private PlatformEmulator emulator;

	@BeforeEach
	void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false).seed(7));
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	private HttpResponse<String> post(String url, Map<String, String> headers, Object body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
			.header("Content-Type", "application/json");
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String wecomToken() throws Exception {
		WeComApp app = emulator.wecom().app();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
				emulator.wecomBaseUrl() + "/cgi-bin/gettoken?corpid=" + app.corpId() + "&corpsecret=" + app.secret()))
			.build(), HttpResponse.BodyHandlers.ofString());
		return Json.read(response.body()).get("access_token").stringValue();
	}

	private HttpResponse<String> wecomText(String token, List<String> users, String content) throws Exception {
		return post(emulator.wecomBaseUrl() + "/cgi-bin/message/send?access_token=" + token, Map.of(),
				Map.of("touser", String.join("|", users), "msgtype", "text", "agentid",
						emulator.wecom().app().agentId(), "text", Map.of("content", content), "enable_duplicate_check",
						1, "duplicate_check_interval", 1800));
	}

	@Test
	void fiveThousandWeComUsersInFiveCallsEachReceiveTheMessageOnceEvenWhenABatchIsResent() throws Exception {
		List<String> users = emulator.wecom().directory().addNumberedUsers("official", 5000);
		String token = wecomToken();
		for (int from = 0; from < users.size(); from += 1000) {
			HttpResponse<String> response = wecomText(token, users.subList(from, from + 1000), "督办周报");
			assertThat(Json.read(response.body()).get("errcode").asInt()).isZero();
		}
		wecomText(token, users.subList(2000, 3000), "督办周报");

		assertThat(emulator.record().successfulCallCount(Api.WECOM_MESSAGE_SEND)).isEqualTo(6);
		assertThat(emulator.record().exactlyOnceProblems(Platform.WECOM, users, d -> true)).isEmpty();
		assertThat(emulator.record().deliveries(dev.baton.emulator.record.Outcome.ABSORBED_DUPLICATE)).hasSize(1000);
	}

	@Test
	void fiveThousandDingTalkUsersInTwoHundredFiftyBatchSendsEachReceiveTheMessageOnce() throws Exception {
		List<String> users = emulator.dingTalk().directory().addNumberedUsers("official", 5000);
		emulator.limits().appRate(Api.DINGTALK_ROBOT_BATCH_SEND, RateLimit.perSecond(1000));
		DingTalkApp app = emulator.dingTalk().app();
		HttpResponse<String> tokenResponse = post(emulator.dingTalkApiBaseUrl() + "/v1.0/oauth2/accessToken", Map.of(),
				Map.of("appKey", app.appKey(), "appSecret", app.appSecret()));
		String token = Json.read(tokenResponse.body()).get("accessToken").stringValue();
		for (int from = 0; from < users.size(); from += 20) {
			HttpResponse<String> response = post(emulator.dingTalkApiBaseUrl() + "/v1.0/robot/oToMessages/batchSend",
					Map.of("x-acs-dingtalk-access-token", token),
					Map.of("robotCode", app.robotCode(), "userIds", users.subList(from, from + 20), "msgKey",
							"sampleText", "msgParam", "{\"content\":\"督办周报\"}"));
			assertThat(response.statusCode()).isEqualTo(200);
		}

		assertThat(emulator.record().callCount(Api.DINGTALK_ROBOT_BATCH_SEND)).isEqualTo(250);
		assertThat(emulator.record().calls(Api.DINGTALK_ROBOT_BATCH_SEND)).allSatisfy(c -> {
			assertThat(c.succeeded()).isTrue();
			assertThat(c.recipients()).isEqualTo(20);
		});
		assertThat(emulator.record().exactlyOnceProblems(Platform.DINGTALK, users, d -> true)).isEmpty();
	}

	@Test
	void anErrorCodeFaultHitsItsRateAndTheSameSeedHitsTheSameCalls() throws Exception {
		List<Integer> firstRun = failingCalls();
		emulator.close();
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false).seed(7));
		List<Integer> secondRun = failingCalls();

		assertThat(firstRun.size()).isBetween(50, 110);
		assertThat(secondRun).isEqualTo(firstRun);
	}

	private List<Integer> failingCalls() throws Exception {
		FaultRule rule = emulator.faults().add(Fault.errcode(-1), 0.25, Api.WECOM_MESSAGE_SEND);
		String token = wecomToken();
		List<Integer> failed = new ArrayList<>();
		for (int i = 0; i < 320; i++) {
			JsonNode answer = Json.read(wecomText(token, List.of("zhangsan"), "n" + i).body());
			if (answer.get("errcode").asInt() == -1) {
				failed.add(i);
			}
			emulator.clock().advance(Duration.ofSeconds(3));
		}
		assertThat(rule.triggered()).isEqualTo(failed.size());
		assertThat(emulator.record().deliveredCountByRecipient(Platform.WECOM).get("zhangsan"))
			.isEqualTo(320L - failed.size());
		return failed;
	}

	@Test
	void gatewayErrorsAndDelaysHappenAsConfigured() throws Exception {
		DingTalkApp app = emulator.dingTalk().app();
		emulator.faults().next(1, Fault.httpStatus(503), Api.DINGTALK_ACCESS_TOKEN);
		Map<String, String> credentials = Map.of("appKey", app.appKey(), "appSecret", app.appSecret());
		String url = emulator.dingTalkApiBaseUrl() + "/v1.0/oauth2/accessToken";

		HttpResponse<String> unavailable = post(url, Map.of(), credentials);
		emulator.faults().next(1, Fault.delay(Duration.ofMillis(400)), Api.DINGTALK_ACCESS_TOKEN);
		long start = System.nanoTime();
		HttpResponse<String> slow = post(url, Map.of(), credentials);
		long slowMillis = (System.nanoTime() - start) / 1_000_000;
		emulator.faults().next(1, Fault.openApiError(500, "system.busy"), Api.DINGTALK_ACCESS_TOKEN);
		HttpResponse<String> busy = post(url, Map.of(), credentials);

		assertThat(unavailable.statusCode()).isEqualTo(503);
		assertThat(slow.statusCode()).isEqualTo(200);
		assertThat(slowMillis).isGreaterThanOrEqualTo(400);
		assertThat(busy.statusCode()).isEqualTo(500);
		assertThat(Json.read(busy.body()).get("code").stringValue()).isEqualTo("system.busy");
	}

}
