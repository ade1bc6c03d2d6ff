package dev.baton.integrations.dingtalk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.callback.RawCallback;
import dev.baton.emulator.dingtalk.EventSubscription;
import dev.baton.emulator.http.QueryString;
import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.wecom.WeComCrypto;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DingTalk's event crypto (dingtalk.md §5.5) on its published vectors, org events opened
 * from what the emulator pushes as DingTalk does, and every forgery refused before
 * anything is read.
 */
class DingTalkEventsTest {

	static final String TOKEN = "eventToken01";

	static final String AES_KEY = "4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij";

	static PlatformEmulator emulator;

	static DingTalkEvents events;

	@BeforeAll
	static void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		var d = emulator.dingTalk().app();
		emulator.dingTalk()
			.subscribeEvents(new EventSubscription(d.appKey(), "http://127.0.0.1:1/unused", TOKEN, AES_KEY));
		DingTalkApp app = new DingTalkApp("main", d.corpId(), d.appKey(), d.appSecret(), d.robotCode(), d.agentId(),
				null, null, null, null, null, null, TOKEN, AES_KEY);
		events = new DingTalkEvents(app, Clock.fixed(Instant.ofEpochMilli(emulator.clock().millis()), ZoneOffset.UTC));
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	private static DingTalkEvents.Opened open(RawCallback push) {
		var query = QueryString.parse(push.uri().getRawQuery());
		return events.openHttp(query.get("msg_signature"), query.get("timestamp"), query.get("nonce"), push.body());
	}

	private static DingTalkEvents vectorApp(String token, String aesKey, String ownerKey, long now) {
		DingTalkApp app = new DingTalkApp("v", null, ownerKey, "secret", ownerKey, 1, null, null, null, null, null,
				null, token, aesKey);
		return new DingTalkEvents(app, Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC));
	}

	@Test
	void theOfficialVectorsVerifyAndDecrypt() {
		String encrypt1 = "X1VSe9cTJUMZu60d3kyLYTrBq5578ZRJtteU94wG0Q4Uk6E/wQYeJRIC0/UFW5Wkya1Ihz9oXAdLlyC9TRaqsQ==";
		assertThat(WeComCrypto.signature("tokenxxxx", "1605695694141", "WelUQl6bCqcBa2fM", encrypt1))
			.isEqualTo("f36f4ba5337d426c7d4bca0dbcb06b3ddc1388fc");
		WeComCrypto.Plaintext one = new WeComCrypto("o1w0aum42yaptlz8alnhwikjd3jenzt9cb9wmzptgus").decrypt(encrypt1);
		assertThat(one.message()).isEqualTo("success");
		assertThat(one.receiveId()).isEqualTo("dingxxxxxx");

		String encrypt2 = "0vJiX6vliEpwG3U45CtXqi+m8PXbQRARJ8p8BbDuD1EMTDf0jKpQ79QS93qEk7XHpP6u+oTTrd15NRPvNvmBKyDCYxxOK+HZeKju4yhELOFchzNukR+t8SB/qk4ROMu3";
		DingTalkEvents two = vectorApp("mryue", "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7", "ding6ccabc44d2c8d38b",
				1608001896814L);
		DingTalkEvents.Opened checkUrl = two.openHttp("03044561471240d4a14bb09372dfcfd4fd0e40cb", "1608001896814",
				"WL4PK6yA", ("{\"encrypt\":\"" + encrypt2 + "\"}").getBytes(StandardCharsets.UTF_8));
		assertThat(checkUrl.eventType()).isEqualTo("check_url");
		assertThat(checkUrl.event()).isNull();

		String encrypt4 = "1a3NBxmCFwkCJvfoQ7WhJHB+iX3qHPsc9JbaDznE1i03peOk1LaOQoRz3+nlyGNhwmwJ3vDMG+OzrHMeiZI7gTRWVdUBmfxjZ8Ej23JVYa9VrYeJ5as7XM/ZpulX8NEQis44w53h1qAgnC3PRzM7Zc/D6Ibr0rgUathB6zRHP8PYrfgnNOS9PhSBdHlegK+AGGanfwjXuQ9+0pZcy0w9lQ==";
		DingTalkEvents four = vectorApp("123456", AES_KEY, "suite4xxxxxxxxxxxxxxx", 1445827045067L);
		assertThat(four
			.openHttp("5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0", "1445827045067", "nEXhMP4r",
					("{\"encrypt\":\"" + encrypt4 + "\"}").getBytes(StandardCharsets.UTF_8))
			.eventType()).isEqualTo("check_create_suite_url");
		// the same push for another owner key is refused (DingTalk's 900010)
		DingTalkEvents notTheOwner = vectorApp("123456", AES_KEY, "suite4yyyyyyyyyyyyyyy", 1445827045067L);
		assertThatThrownBy(() -> notTheOwner.openHttp("5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0", "1445827045067",
				"nEXhMP4r", ("{\"encrypt\":\"" + encrypt4 + "\"}").getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(CallbackRejected.class, e -> assertThat(e.status()).isEqualTo(403));
	}

	@Test
	void wxJavaDecryptsTheVectorsButDoesNotCheckWhomTheyWereFor() {
		String encrypt4 = "1a3NBxmCFwkCJvfoQ7WhJHB+iX3qHPsc9JbaDznE1i03peOk1LaOQoRz3+nlyGNhwmwJ3vDMG+OzrHMeiZI7gTRWVdUBmfxjZ8Ej23JVYa9VrYeJ5as7XM/ZpulX8NEQis44w53h1qAgnC3PRzM7Zc/D6Ibr0rgUathB6zRHP8PYrfgnNOS9PhSBdHlegK+AGGanfwjXuQ9+0pZcy0w9lQ==";
		String plain = "{\"EventType\":\"check_create_suite_url\",\"Random\":\"LPIdSnlF\",\"TestSuiteKey\":\"suite4xxxxxxxxxxxxxxx\"}";
		assertThat(new WxCryptUtil("123456", AES_KEY, "suite4xxxxxxxxxxxxxxx")
			.decryptContent("5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0", "1445827045067", "nEXhMP4r", encrypt4))
			.isEqualTo(plain);
		// why Baton does not use it here: it takes a message encrypted for another app as
		// well
		assertThat(new WxCryptUtil("123456", AES_KEY, "someoneelse")
			.decryptContent("5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0", "1445827045067", "nEXhMP4r", encrypt4))
			.isEqualTo(plain);
	}

	@Test
	void anHttpPushOpensAsAnOrgEventAndTheAnswerIsTheEncryptedSuccess() {
		var client = emulator.dingTalkEvents();
		RawCallback push = client.signed(
				dev.baton.emulator.http.Json
					.write(client.httpEvent("user_leave_org", "evt-42", List.of("zhangsan", "lisi"))),
				emulator.clock().millis(), "abcdef0123456789");

		DingTalkEvents.Opened opened = open(push);

		assertThat(opened.eventType()).isEqualTo("user_leave_org");
		ContactEvent event = opened.event();
		assertThat(event.kind()).isEqualTo(ContactEvent.Kind.USER_LEFT);
		assertThat(event.eventKey()).isEqualTo("evt-42");
		assertThat(event.corpId()).isEqualTo(emulator.dingTalk().app().corpId());
		assertThat(event.userIds()).containsExactly("zhangsan", "lisi");

		var answer = new dev.baton.emulator.callback.CallbackAttempt(200, events.encryptedSuccess(), Duration.ZERO,
				false, null);
		assertThat(client.answerProblem(answer)).as("DingTalk takes the answer").isNull();

		RawCallback dept = client.signed(
				dev.baton.emulator.http.Json.write(client.httpEvent("org_dept_modify", "evt-43", List.of("432825033"))),
				emulator.clock().millis(), "n1");
		assertThat(open(dept).event()).satisfies(e -> {
			assertThat(e.kind()).isEqualTo(ContactEvent.Kind.DEPARTMENT_CHANGED);
			assertThat(e.departmentIds()).containsExactly("432825033");
		});
	}

	@Test
	void everyForgeryIsRefusedBeforeItIsRead() {
		var bad = emulator.dingTalkEvents().bad();
		assertThat(statusOf(bad.forgedSignature("zhangsan"))).isEqualTo(403);
		assertThat(statusOf(bad.stale("zhangsan", Duration.ofHours(2)))).isEqualTo(403);
		assertThat(statusOf(bad.otherOwner("zhangsan"))).isEqualTo(403);
		assertThat(statusOf(bad.garbledCiphertext())).isEqualTo(400);
		assertThat(statusOf(bad.plaintextNotJson())).isEqualTo(400);
		assertThat(statusOf(bad.bodyNotJson())).isEqualTo(400);
		assertThat(statusOf(bad.unsigned("zhangsan"))).isEqualTo(400);
		assertThat(statusOf(bad.oversized(70_000))).isEqualTo(413);
	}

	private static int statusOf(RawCallback push) {
		try {
			open(push);
			return 200;
		}
		catch (CallbackRejected ex) {
			return ex.status();
		}
	}

	@Test
	void aStreamEventOpensFromTheSdksFields() {
		ContactEvent added = events.streamEvent("evt-7", "user_add_org", emulator.dingTalk().app().corpId(),
				1683533823336L, "{\"timeStamp\":\"1685501863357\",\"userId\":[\"015xxxx227\"]}");
		assertThat(added.kind()).isEqualTo(ContactEvent.Kind.USER_ADDED);
		assertThat(added.eventKey()).isEqualTo("evt-7");
		assertThat(added.at()).isEqualTo(Instant.ofEpochMilli(1683533823336L));
		assertThat(added.userIds()).containsExactly("015xxxx227");
		assertThat(
				events.streamEvent("evt-8", "org_dept_remove", null, null, "{\"deptId\":[432825033]}").departmentIds())
			.containsExactly("432825033");
		assertThat(events.streamEvent("evt-9", "org_admin_add", null, null, "{\"userId\":[\"a\"]}")).isNull();
		assertThatThrownBy(
				() -> events.streamEvent("evt-10", "user_add_org", "dingothercorp", null, "{\"userId\":[\"a\"]}"))
			.isInstanceOf(CallbackRejected.class);
		assertThatThrownBy(() -> events.streamEvent("evt-11", "user_add_org", null, null, "{\"userId\":[]}"))
			.isInstanceOf(CallbackRejected.class);
	}

}
