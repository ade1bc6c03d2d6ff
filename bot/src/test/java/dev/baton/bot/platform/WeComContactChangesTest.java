package dev.baton.bot.platform;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.callback.CallbackResult;
import dev.baton.emulator.callback.RawCallback;
import dev.baton.emulator.callback.WeComCallbackClient;
import dev.baton.integrations.contacts.ContactDirectory;
import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.contacts.ContactEventListener;
import dev.baton.integrations.wecom.WeComContacts;
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

/**
 * WeCom's change_contact callbacks, sent by the emulator as WeCom sends them (encrypted
 * and signed, retried on anything but 200) to the app's callback URL and to the
 * contact-sync helper's event server, reach the {@link ContactEventListener} beans before
 * WeCom gets its 200; a retry reaches them once; forged, stale, foreign and malformed
 * ones reach nothing. The WeCom app's org chart is a {@link ContactDirectory} bean.
 */
@DomainContext
@Import(WeComContactChangesTest.Recording.class)
class WeComContactChangesTest {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	Recording recording;

	@Autowired
	MutableClock clock;

	@Autowired
	List<ContactDirectory> directories;

	@Value("${local.server.port}")
	int port;

	Directory.Member zheng = new Directory.Member("zhengjr", "郑接任", null, "副局长", List.of("2"), true);

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
		recording.failuresLeft.set(0);
	}

	WeComCallbackClient toApp() {
		return emulator.wecomCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main"));
	}

	WeComCallbackClient toHelper() {
		return emulator
			.wecomContactSyncCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main/contacts"));
	}

	@Test
	void theWeComAppsOrgChartIsAContactDirectoryBean() {
		assertThat(directories).filteredOn(WeComContacts.class::isInstance)
			.singleElement()
			.satisfies(d -> assertThat(d.corpId()).isEqualTo(emulator.wecom().app().corpId()));
	}

	@Test
	void everyChangeTypeOnTheAppsUrlReachesTheListenerBeforeWeComHearsBack() {
		WeComCallbackClient wecom = toApp();
		Directory.Member renamed = new Directory.Member("zhengjieren", "郑接任", null, "局长", List.of("2"), true);
		Directory.Department bureau = new Directory.Department("2", "1", "市统计局", 1, List.of());

		List<CallbackResult> results = List.of(wecom.createUser(zheng), wecom.updateUser(zheng, renamed),
				wecom.deleteUser("zhengjieren"), wecom.createParty(bureau), wecom.updateParty(bureau),
				wecom.deleteParty("2"));

		assertThat(results).allSatisfy(r -> assertThat(r.accepted()).isTrue());
		// the listener ran while WeCom waited: nothing to wait for here
		assertThat(recording.events).extracting(ContactEvent::kind)
			.containsExactly(ContactEvent.Kind.USER_ADDED, ContactEvent.Kind.USER_CHANGED, ContactEvent.Kind.USER_LEFT,
					ContactEvent.Kind.DEPARTMENT_CREATED, ContactEvent.Kind.DEPARTMENT_CHANGED,
					ContactEvent.Kind.DEPARTMENT_REMOVED);
		assertThat(recording.events.get(0).user().name()).isEqualTo("郑接任");
		assertThat(recording.events.get(1).userIds()).containsExactly("zhengjieren");
		assertThat(recording.events.get(1).previousUserId()).isEqualTo("zhengjr");
		assertThat(recording.events.get(3).departmentIds()).containsExactly("2");
	}

	@Test
	void theHelpersEventServerIsVerifiedWithItsOwnKeyAndDelivers() {
		WeComCallbackClient helper = toHelper();

		assertThat(helper.verifyUrl().verified()).as("URL verification with the helper's Token and key").isTrue();
		assertThat(helper.deleteUser("zhengjr").accepted()).isTrue();

		assertThat(recording.events).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(ContactEvent.Kind.USER_LEFT);
			assertThat(e.userIds()).containsExactly("zhengjr");
		});
		assertThat(helper.send(helper.bad().wrongSignatureVerification()).status()).isEqualTo(403);
	}

	@Test
	void aRetryReachesTheListenerOnceAndAFailureIsSentAgain() {
		// a change identical to one taken in another test within the same second would
		// count as taken: another member
		WeComCallbackClient wecom = toApp();
		RawCallback once = wecom.post(wecom.contactXml().deleteUser(Instant.now().getEpochSecond(), "wangtj"),
				new byte[16], Long.toString(Instant.now().getEpochSecond()), "4242");

		assertThat(wecom.send(once).accepted()).isTrue();
		assertThat(wecom.send(once).accepted()).as("a resend is answered 200 and not applied again").isTrue();
		assertThat(recording.events).hasSize(1);

		recording.failuresLeft.set(1);
		CallbackResult retried = wecom
			.createUser(new Directory.Member("wangtj2", "王统计", null, "科员", List.of("2"), true));
		assertThat(retried.accepted()).isTrue();
		assertThat(retried.attempts()).as("503 while the sync failed, then WeCom's retry taken").hasSize(2);
		assertThat(retried.attempts().get(0).status()).isEqualTo(503);
		assertThat(recording.events).extracting(ContactEvent::kind)
			.containsExactly(ContactEvent.Kind.USER_LEFT, ContactEvent.Kind.USER_ADDED);
	}

	@Test
	void forgedStaleForeignAndMalformedChangesReachNothing() {
		WeComCallbackClient wecom = toApp();
		String deleted = wecom.contactXml().deleteUser(Instant.now().getEpochSecond(), "zhengjr");
		var bad = wecom.bad();
		String head = "<xml><ToUserName><![CDATA[" + emulator.wecom().app().corpId() + "]]></ToUserName>"
				+ "<FromUserName>sys</FromUserName><CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime>"
				+ "<MsgType>event</MsgType><Event>change_contact</Event>";

		List<RawCallback> refused = List.of(bad.wrongSignature(deleted),
				bad.staleTimestamp(deleted, Duration.ofHours(2)), bad.wrongCorpId(deleted, "wwattacker000001"),
				bad.malformedPlaintext(head + "<ChangeType>delete_user</ChangeType></xml>"),
				bad.malformedPlaintext(head + "<ChangeType>create_user</ChangeType><UserID>a</UserID>"
						+ "<Department>1,x</Department></xml>"),
				bad.malformedPlaintext(head + "<ChangeType>delete_party</ChangeType><Id>0</Id></xml>"),
				toHelper().bad().wrongSignature(deleted), bad.oversized(70_000));
		for (RawCallback forged : refused) {
			assertThat(wecom.send(forged).status()).as(forged.uri().getPath()).isBetween(400, 499);
		}
		// signed for the app, sent to the helper's event server
		WeComCallbackClient appKeyToHelperUrl = emulator
			.wecomCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main/contacts"));
		assertThat(appKeyToHelperUrl.send(deleted).status()).isEqualTo(403);
		assertThat(recording.events).isEmpty();
	}

	/**
	 * Stands in for the directory sync: a ContactEventListener bean that can be told to
	 * fail.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Recording implements ContactEventListener {

		final List<ContactEvent> events = new CopyOnWriteArrayList<>();

		final AtomicInteger failuresLeft = new AtomicInteger();

		@Override
		public void onContactEvent(ContactEvent event) {
			if (failuresLeft.getAndDecrement() > 0) {
				throw new IllegalStateException("the sync is down");
			}
			events.add(event);
		}

	}

}
