package dev.baton.integrations.wecom;

import java.util.List;

import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.limit.RateLimit;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.contacts.ContactDepartment;
import dev.baton.integrations.contacts.ContactUser;
import dev.baton.integrations.state.InProcessSharedState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link WeComContacts} over real HTTP against the emulator: departments with names and
 * leaders, members listed page by page with the contact-sync token and read with the
 * app's, what WeCom withholds left null, the look-up by mobile, and WeCom's refusals
 * surfaced with their codes.
 */
class WeComContactsAgainstEmulatorTest {

	PlatformEmulator emulator;

	InProcessSharedState state;

	@BeforeEach
	void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		state = new InProcessSharedState();
		Directory d = emulator.wecom().directory();
		d.putDepartment(new Directory.Department("1", null, "石嘴山市", 1, List.of()));
		d.putDepartment(new Directory.Department("2", "1", "市统计局", 2, List.of("chenjg")));
		d.putDepartment(new Directory.Department("3", "2", "办公室", 1, List.of()));
		d.putDepartment(new Directory.Department("4", "1", "市财政局", 3, List.of("lixiao")));
		d.putMember(new Directory.Member("chenjg", "陈建国", "13800000001", "局长", List.of("2"), true));
		d.putMember(new Directory.Member("zhengjr", "郑接任", "13800000002", "副局长", List.of("2", "3"), true));
		d.putMember(new Directory.Member("wangtj", "王统计", "13800000005", "科员", List.of("2"), true));
		d.putMember(new Directory.Member("liutj", "刘统计", null, "科员", List.of("2"), false));
		d.putMember(new Directory.Member("lixiao", "李晓", "13800000003", "局长", List.of("4"), true));
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	WeComApp app(String contactSyncSecret) {
		var w = emulator.wecom().app();
		return new WeComApp("main", w.corpId(), w.agentId(), w.secret(), w.token(), w.aesKey(), emulator.wecomBaseUrl(),
				contactSyncSecret, null, null);
	}

	WeComContacts contacts(int pageSize) {
		return new WeComContacts(app(emulator.wecom().contactSync().secret()), state, pageSize);
	}

	@Test
	void departmentsComeWithNamesAndLeadersParentsFirst() {
		List<ContactDepartment> departments = contacts(100).departments();

		assertThat(departments).extracting(ContactDepartment::id, ContactDepartment::parentId, ContactDepartment::name)
			.containsExactly(tuple("1", null, "石嘴山市"), tuple("2", "1", "市统计局"), tuple("4", "1", "市财政局"),
					tuple("3", "2", "办公室"));
		assertThat(departments.get(1).managerUserIds()).containsExactly("chenjg");
	}

	@Test
	void membersAreListedPageByPageAndReadWithTheAppToken() {
		WeComContacts contacts = contacts(2);

		List<ContactUser> bureau = contacts.members("2");

		assertThat(emulator.record().callCount(Api.WECOM_USER_LIST_ID)).as("six rows, two a page").isEqualTo(3);
		assertThat(bureau).extracting(ContactUser::userId, ContactUser::name, ContactUser::title, ContactUser::active)
			.containsExactly(tuple("chenjg", "陈建国", "局长", true), tuple("liutj", "刘统计", "科员", false),
					tuple("wangtj", "王统计", "科员", true), tuple("zhengjr", "郑接任", "副局长", true));
		assertThat(bureau).extracting(ContactUser::mobile)
			.as("WeCom gives no mobile to an app created after 2022-06-20")
			.containsOnlyNulls();
		assertThat(bureau.get(3).departmentIds()).containsExactly("2", "3");
		assertThat(contacts.members("3")).extracting(ContactUser::userId).containsExactly("zhengjr");
		assertThat(emulator.record().callCount(Api.WECOM_USER_LIST_ID)).as("the listing serves the next department")
			.isEqualTo(3);
	}

	@Test
	void outsideTheVisibleRangeOnlyTheIdAndDepartmentsAreKnown() {
		emulator.wecom().visibleRange(emulator.wecom().app(), List.of("2"), List.of());
		WeComContacts contacts = contacts(10_000);

		assertThat(contacts.departments()).extracting(ContactDepartment::id, ContactDepartment::parentId)
			.as("the bureau's parent is outside the range: named all the same, the bureau listed first")
			.containsExactly(tuple("2", "1"), tuple("3", "2"));
		assertThat(contacts.members("4")).singleElement().satisfies(u -> {
			assertThat(u.userId()).isEqualTo("lixiao");
			assertThat(u.name()).isNull();
			assertThat(u.title()).isNull();
			assertThat(u.departmentIds()).containsExactly("4");
		});
		assertThatThrownBy(() -> contacts.user("lixiao")).isInstanceOfSatisfying(PlatformException.class, ex -> {
			assertThat(ex.code()).isEqualTo("60011");
			assertThat(ex.isTransient()).isFalse();
			assertThat(ex.getMessage()).contains("visible range");
		});
		assertThatThrownBy(() -> contacts.userIdByMobile("13800000003")).isInstanceOfSatisfying(PlatformException.class,
				ex -> assertThat(ex.code()).isEqualTo("60011"));
	}

	@Test
	void aMemberIsReadOrSaidNotToExist() {
		WeComContacts contacts = contacts(10_000);

		assertThat(contacts.user("ZHENGJR")).hasValueSatisfying(u -> {
			assertThat(u.name()).isEqualTo("郑接任");
			assertThat(u.mobile()).isNull();
		});
		assertThat(contacts.user("nobody")).isEmpty();

		emulator.wecom().createdBefore2022Rules(emulator.wecom().app(), true);
		assertThat(contacts.user("zhengjr")).hasValueSatisfying(u -> assertThat(u.mobile()).isEqualTo("13800000002"));
	}

	@Test
	void getUserIdFindsAMobileOrNoOne() {
		WeComContacts contacts = contacts(10_000);

		assertThat(contacts.userIdByMobile("13800000002")).contains("zhengjr");
		assertThat(contacts.userIdByMobile("13911112222")).isEmpty();
		assertThat(emulator.record().callCount(Api.WECOM_USER_GET_USERID)).isEqualTo(2);
	}

	@Test
	void refusalsKeepWeComsCode() {
		assertThatThrownBy(() -> new WeComContacts(app("wrong-secret"), state, 100).members("2"))
			.isInstanceOfSatisfying(PlatformException.class, ex -> {
				assertThat(ex.code()).isEqualTo("40001");
				assertThat(ex.isTransient()).isFalse();
			});
		state = new InProcessSharedState();
		assertThatThrownBy(() -> new WeComContacts(app(emulator.wecom().app().secret()), state, 100).members("2"))
			.as("the app's own secret in place of the contact-sync secret")
			.isInstanceOfSatisfying(PlatformException.class, ex -> {
				assertThat(ex.code()).isEqualTo("48002");
				assertThat(ex.getMessage()).contains("contact-sync secret");
			});
		state = new InProcessSharedState();
		emulator.wecom().refuseCallerIp(emulator.wecom().contactSync(), true);
		assertThatThrownBy(() -> contacts(100).checkContactSync()).isInstanceOfSatisfying(PlatformException.class,
				ex -> assertThat(ex.code()).isEqualTo("60020"));
		emulator.wecom().refuseCallerIp(emulator.wecom().contactSync(), false);
		contacts(100).checkContactSync();

		emulator.limits().appRate(Api.WECOM_USER_GET, RateLimit.perMinute(1));
		WeComContacts throttled = contacts(100);
		assertThatThrownBy(() -> throttled.members("2")).isInstanceOfSatisfying(PlatformException.class, ex -> {
			assertThat(ex.code()).isEqualTo("45009");
			assertThat(ex.isTransient()).isTrue();
		});
	}

}
