package dev.baton.integrations.wecom;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.callback.RawCallback;
import dev.baton.emulator.callback.WeComCallbackClient;
import dev.baton.emulator.callback.WeComContactXml;
import dev.baton.emulator.http.QueryString;
import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.contacts.ContactEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * change_contact callbacks built, signed and encrypted by the emulator as WeCom sends
 * them, to the app's callback URL and to the contact-sync helper's event server, decoded
 * into {@link ContactEvent}s; forged, stale and malformed ones refused.
 */
class WeComContactCallbacksTest {

	static final URI URL = URI.create("http://127.0.0.1:9/callbacks/wecom/main");

	PlatformEmulator emulator;

	WeComApp app;

	WeComCallbackClient toApp;

	WeComCallbackClient toHelper;

	Directory.Member zheng = new Directory.Member("zhengjr", "郑接任", "13800000002", "副局长", List.of("2", "3"), true);

	@BeforeEach
	void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		var w = emulator.wecom().app();
		var helper = emulator.wecom().contactSync();
		app = new WeComApp("main", w.corpId(), w.agentId(), w.secret(), w.token(), w.aesKey(), emulator.wecomBaseUrl(),
				helper.secret(), helper.token(), helper.aesKey());
		toApp = emulator.wecomCallbacks(URL);
		toHelper = emulator.wecomContactSyncCallbacks(URI.create(URL + "/contacts"));
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	long now() {
		return emulator.clock().millis() / 1000;
	}

	static WeComCallbacks.Opened open(WeComCallbacks callbacks, RawCallback raw) {
		Map<String, String> q = QueryString.parse(raw.uri().getRawQuery());
		return callbacks.openCallback(q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), raw.body());
	}

	RawCallback signed(WeComCallbackClient client, String plaintext) {
		return client.post(plaintext, new byte[16], Long.toString(now()), "1234567890");
	}

	ContactEvent fromApp(String plaintext) {
		WeComCallbacks.Opened opened = open(new WeComCallbacks(app, Clock.systemUTC()), signed(toApp, plaintext));
		assertThat(opened.message()).isNull();
		return opened.contactChange();
	}

	@Test
	void eachChangeTypeOnTheAppsUrlBecomesItsEvent() {
		WeComContactXml xml = toApp.contactXml();
		Directory.Member renamed = new Directory.Member("zhengjieren", "郑接任", null, "局长", List.of("2"), true);
		Directory.Department office = new Directory.Department("3", "2", "办公室", 1, List.of());

		ContactEvent added = fromApp(xml.createUser(now(), zheng));
		assertThat(added.platform()).isEqualTo(Platform.WECOM);
		assertThat(added.corpId()).isEqualTo(app.corpId());
		assertThat(added.kind()).isEqualTo(ContactEvent.Kind.USER_ADDED);
		assertThat(added.userIds()).containsExactly("zhengjr");
		assertThat(added.departmentIds()).containsExactly("2", "3");
		assertThat(added.user()).satisfies(u -> {
			assertThat(u.name()).isEqualTo("郑接任");
			assertThat(u.title()).isEqualTo("副局长");
			assertThat(u.mobile()).as("withheld from an app created after 2022-06-20").isNull();
			assertThat(u.active()).isTrue();
		});

		ContactEvent changed = fromApp(xml.updateUser(now(), zheng, renamed));
		assertThat(changed.kind()).isEqualTo(ContactEvent.Kind.USER_CHANGED);
		assertThat(changed.userIds()).containsExactly("zhengjieren");
		assertThat(changed.previousUserId()).isEqualTo("zhengjr");
		assertThat(changed.user()).as("an update carries only what changed").isNull();

		ContactEvent left = fromApp(xml.deleteUser(now(), "zhengjieren"));
		assertThat(left.kind()).isEqualTo(ContactEvent.Kind.USER_LEFT);
		assertThat(left.userIds()).containsExactly("zhengjieren");

		assertThat(fromApp(xml.createParty(now(), office))).satisfies(e -> {
			assertThat(e.kind()).isEqualTo(ContactEvent.Kind.DEPARTMENT_CREATED);
			assertThat(e.departmentIds()).containsExactly("3");
		});
		assertThat(fromApp(xml.updateParty(now(), office)).kind()).isEqualTo(ContactEvent.Kind.DEPARTMENT_CHANGED);
		assertThat(fromApp(xml.deleteParty(now(), "3")).kind()).isEqualTo(ContactEvent.Kind.DEPARTMENT_REMOVED);

		String tag = "<xml><ToUserName><![CDATA[" + app.corpId() + "]]></ToUserName><FromUserName>sys</FromUserName>"
				+ "<CreateTime>" + now() + "</CreateTime><MsgType>event</MsgType><Event>change_contact</Event>"
				+ "<ChangeType>update_tag</ChangeType><TagId>1</TagId></xml>";
		assertThat(fromApp(tag)).as("tags are of no use to Baton").isNull();
	}

	@Test
	void theHelpersEventServerGivesIdsAndIsVerifiedWithItsOwnKey() {
		WeComCallbacks helper = WeComCallbacks.forContactSync(app, Clock.systemUTC());
		RawCallback created = signed(toHelper, toHelper.contactXml().createUser(now(), zheng));

		ContactEvent event = open(helper, created).contactChange();
		assertThat(event.kind()).isEqualTo(ContactEvent.Kind.USER_ADDED);
		assertThat(event.userIds()).containsExactly("zhengjr");
		assertThat(event.departmentIds()).containsExactly("2", "3");
		assertThat(event.user()).as("the helper sends ids only since 2022-08-15").isNull();

		assertThatThrownBy(() -> open(new WeComCallbacks(app, Clock.systemUTC()), created))
			.as("signed with the helper's token, not the app's")
			.isInstanceOfSatisfying(CallbackRejected.class, ex -> assertThat(ex.status()).isEqualTo(403));
		assertThatThrownBy(() -> open(helper, signed(toApp, toApp.contactXml().deleteUser(now(), "zhengjr"))))
			.isInstanceOfSatisfying(CallbackRejected.class, ex -> assertThat(ex.status()).isEqualTo(403));
		assertThat(open(helper, signed(toHelper, textMessage())).contactChange())
			.as("the helper's URL takes org-chart changes only")
			.isNull();
		assertThat(open(helper, signed(toHelper, textMessage())).message()).isNull();
	}

	@Test
	void aRetryHasTheSameKeyAndTwoChangesInOneSecondDoNot() {
		String created = toApp.contactXml().createUser(now(), zheng);
		WeComCallbacks callbacks = new WeComCallbacks(app, Clock.systemUTC());

		String first = open(callbacks, signed(toApp, created)).contactChange().eventKey();
		String retry = open(callbacks,
				toApp.post(created, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 },
						Long.toString(now()), "987654321"))
			.contactChange()
			.eventKey();
		Directory.Member promoted = new Directory.Member("zhengjr", "郑接任", null, "局长", List.of("2", "3"), true);
		String other = open(callbacks, signed(toApp, toApp.contactXml().updateUser(now(), zheng, promoted)))
			.contactChange()
			.eventKey();

		assertThat(retry).as("WeCom resends the same plaintext, encrypted afresh").isEqualTo(first);
		assertThat(first).startsWith("wecom:" + app.corpId() + ":create_user:zhengjr:");
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void forgedStaleAndMalformedChangesAreRefused() {
		WeComCallbacks callbacks = new WeComCallbacks(app, Clock.systemUTC());
		String deleted = toApp.contactXml().deleteUser(now(), "zhengjr");
		var bad = toApp.bad();
		String head = "<xml><ToUserName><![CDATA[" + app.corpId() + "]]></ToUserName><FromUserName>sys</FromUserName>"
				+ "<CreateTime>" + now() + "</CreateTime><MsgType>event</MsgType><Event>change_contact</Event>";

		assertThatThrownBy(() -> open(callbacks, bad.wrongSignature(deleted)))
			.isInstanceOfSatisfying(CallbackRejected.class, ex -> assertThat(ex.status()).isEqualTo(403));
		assertThatThrownBy(() -> open(callbacks, bad.staleTimestamp(deleted, Duration.ofHours(1))))
			.isInstanceOfSatisfying(CallbackRejected.class, ex -> assertThat(ex.status()).isEqualTo(403));
		assertThatThrownBy(() -> open(callbacks, bad.wrongCorpId(deleted, "wwattacker000001")))
			.isInstanceOfSatisfying(CallbackRejected.class, ex -> assertThat(ex.status()).isEqualTo(403));
		for (String malformed : List.of(head + "<ChangeType>delete_user</ChangeType></xml>",
				head + "<ChangeType>create_user</ChangeType><UserID>a</UserID><Department>1,x</Department></xml>",
				head + "<ChangeType>create_party</ChangeType><Id>-3</Id></xml>",
				head + "<ChangeType></ChangeType><UserID>a</UserID></xml>",
				head + "<ChangeType>delete_user</ChangeType><UserID>" + "u".repeat(65) + "</UserID></xml>",
				head.replace("<CreateTime>" + now() + "</CreateTime>", "") + "<ChangeType>delete_user</ChangeType>"
						+ "<UserID>a</UserID></xml>",
				head + "<ChangeType>delete_user</ChangeType><UserID>a</UserID>")) {
			assertThatThrownBy(() -> open(callbacks, bad.malformedPlaintext(malformed))).as(malformed)
				.isInstanceOfSatisfying(CallbackRejected.class, ex -> assertThat(ex.status()).isEqualTo(400));
		}
	}

	String textMessage() {
		return "<xml><ToUserName><![CDATA[" + app.corpId() + "]]></ToUserName><FromUserName>zhangsan</FromUserName>"
				+ "<CreateTime>" + now() + "</CreateTime><MsgType>text</MsgType><Content>hi</Content>"
				+ "<MsgId>99</MsgId></xml>";
	}

}
