package dev.baton.bot.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.baton.bot.DomainContext;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.contacts.ContactDepartment;
import dev.baton.integrations.contacts.ContactDirectory;
import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.contacts.ContactEventListener;
import dev.baton.integrations.contacts.ContactUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync core takes any platform's org chart: a {@link ContactDirectory} bean of
 * another platform (here a stand-in for WeCom, which gives no names in its lists but
 * sends them with its change_contact events, and renames user ids) and its events through
 * the {@link ContactEventListener} bean are synced with no code of the core changed.
 */
@DomainContext
@Import(AnyPlatformPlugsInTest.StandIn.class)
@TestPropertySource(properties = { "baton.sync.sources[0].name=standin", "baton.sync.sources[0].platform=WECOM",
		"baton.sync.sources[0].corp-id=wwstandin", "baton.sync.sources[0].unit-code=" + AnyPlatformPlugsInTest.UNIT })
class AnyPlatformPlugsInTest {

	static final String UNIT = "sync-standin";

	/** A platform's org chart in memory: the part of the world the sync reads. */
	static final class InMemoryContacts implements ContactDirectory {

		final Map<String, ContactDepartment> departments = new LinkedHashMap<>();

		final Map<String, ContactUser> users = new ConcurrentHashMap<>();

		/**
		 * What only the look-up by mobile tells (WeCom's user/getuserid): mobile → user
		 * id.
		 */
		final Map<String, String> mobiles = new ConcurrentHashMap<>();

		@Override
		public Platform platform() {
			return Platform.WECOM;
		}

		@Override
		public String corpId() {
			return "wwstandin";
		}

		@Override
		public List<ContactDepartment> departments() {
			return List.copyOf(departments.values());
		}

		@Override
		public List<ContactUser> members(String departmentId) {
			List<ContactUser> members = new ArrayList<>();
			users.values().stream().filter(u -> u.departmentIds().contains(departmentId)).forEach(members::add);
			return members;
		}

		@Override
		public Optional<ContactUser> user(String userId) {
			return Optional.ofNullable(users.get(userId));
		}

		@Override
		public Optional<String> userIdByMobile(String mobile) {
			return Optional.ofNullable(mobiles.get(mobile));
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StandIn {

		@Bean
		InMemoryContacts standInContacts() {
			InMemoryContacts contacts = new InMemoryContacts();
			contacts.departments.put("1", new ContactDepartment("1", null, "替身企业", List.of()));
			contacts.departments.put("2", new ContactDepartment("2", "1", "综合科", List.of()));
			return contacts;
		}

	}

	@Autowired
	InMemoryContacts contacts;

	@Autowired
	ContactEventListener listener;

	@Autowired
	DirectorySync sync;

	@Autowired
	SyncSources sources;

	@Autowired
	Directory directory;

	OrgUnit root;

	@BeforeEach
	void unit() {
		root = directory.unitByCode(UNIT).orElseGet(() -> directory.createUnit(null, UNIT, "替身单位（测试）", "CITY"));
	}

	private Long boundTo(String userId) {
		return directory.officialIdByIdentity("WECOM", "wwstandin", userId).orElse(null);
	}

	private static ContactEvent event(ContactEvent.Kind kind, String userId, ContactUser sent, String previous) {
		return new ContactEvent(Platform.WECOM, "wwstandin", kind, "k-" + System.nanoTime(), Instant.now(),
				List.of(userId), List.of(), sent, previous);
	}

	@Test
	void aRunAndTheEventsOfAnotherPlatformAreSyncedByTheSameCore() {
		String mobile = "137" + String.format("%08d", System.nanoTime() % 100_000_000L);
		long known = directory.addOfficial("包知", "科长", root.id(), mobile).id();
		// the platform lists ids only (no names): one member matches by the look-up by
		// mobile, one stays unmatched
		contacts.users.put("baozhi", new ContactUser("baozhi", null, null, null, List.of("2"), true));
		contacts.mobiles.put(mobile, "baozhi");
		contacts.users.put("noname", new ContactUser("noname", null, null, null, List.of("2"), true));

		SyncRun run = sync.run(sources.named(Platform.WECOM, "standin").orElseThrow(), SyncRuns.Trigger.MANUAL, null)
			.orElseThrow();

		assertThat(run.outcome()).isEqualTo("DONE");
		assertThat(boundTo("baozhi")).isEqualTo(known);
		assertThat(boundTo("noname")).isNull();
		assertThat(run.unmatched()).isEqualTo(1);

		// the event carries the name the lists withhold: the member becomes an official
		contacts.users.put("newcomer", new ContactUser("newcomer", null, null, null, List.of("2"), true));
		listener.onContactEvent(event(ContactEvent.Kind.USER_ADDED, "newcomer",
				new ContactUser("newcomer", "米新", null, "科员", List.of("2"), true), null));
		Long made = boundTo("newcomer");
		assertThat(made).isNotNull();
		assertThat(directory.official(made).name()).isEqualTo("米新");

		// the platform renamed the account: the binding follows it
		contacts.users.remove("newcomer");
		contacts.users.put("mixin", new ContactUser("mixin", null, null, null, List.of("2"), true));
		listener.onContactEvent(event(ContactEvent.Kind.USER_CHANGED, "mixin", null, "newcomer"));
		assertThat(boundTo("mixin")).isEqualTo(made);
		assertThat(boundTo("newcomer")).isNull();

		// and leaving deactivates
		contacts.users.remove("mixin");
		listener.onContactEvent(event(ContactEvent.Kind.USER_LEFT, "mixin", null, null));
		assertThat(directory.official(made).active()).isFalse();
	}

}
