package dev.baton.integrations.dingtalk;

import java.util.List;

import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.dingtalk.ContactPermission;
import dev.baton.emulator.limit.RateLimit;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.contacts.ContactDepartment;
import dev.baton.integrations.contacts.ContactUser;
import dev.baton.integrations.state.InProcessSharedState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DingTalkContacts} through the official oapi SDK over real HTTP to the emulator.
 */
class DingTalkContactsAgainstEmulatorTest {

	static PlatformEmulator emulator;

	DingTalkContacts contacts;

	@BeforeAll
	static void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		Directory d = emulator.dingTalk().directory();
		d.putDepartment(new Directory.Department("100", "1", "县统计局", 1, List.of("chief")));
		d.putDepartment(new Directory.Department("101", "100", "执法大队", 1, List.of()));
		d.putDepartment(new Directory.Department("200", "1", "城关镇", 2, List.of()));
		for (int i = 1; i <= 230; i++) {
			d.putMember(new Directory.Member(String.format("m%03d", i), "干部" + i, null, "科员", List.of("101"), true));
		}
		d.putMember(new Directory.Member("chief", "陈局长", "13900000001", "局长", List.of("100", "200"), true));
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void fresh() {
		emulator.reset();
		emulator.faults().clear();
		emulator.dingTalk().grantAllContactPermissions(emulator.dingTalk().app());
		var a = emulator.dingTalk().app();
		contacts = new DingTalkContacts(
				new DingTalkApp("main", a.corpId(), a.appKey(), a.appSecret(), a.robotCode(), a.agentId(), null,
						emulator.dingTalkApiBaseUrl(), emulator.dingTalkOapiBaseUrl(), null, null, null, null, null),
				new InProcessSharedState());
	}

	@Test
	void theTreeIsReadFromTheRootDownWithEachDepartmentsManagers() {
		List<ContactDepartment> departments = contacts.departments();

		assertThat(departments).extracting(ContactDepartment::id).containsExactly("1", "100", "200", "101");
		assertThat(departments.get(0).parentId()).isNull();
		assertThat(departments.get(0).name()).isEqualTo(emulator.dingTalk().app().corpId());
		assertThat(departments.get(1)).isEqualTo(new ContactDepartment("100", "1", "县统计局", List.of("chief")));
		assertThat(departments.get(3).parentId()).isEqualTo("100");
		assertThat(contacts.department("404")).isEmpty();
	}

	@Test
	void aDepartmentsMembersAreReadPageByPage() {
		List<ContactUser> members = contacts.members("101");

		assertThat(members).hasSize(230).extracting(ContactUser::userId).doesNotHaveDuplicates();
		assertThat(emulator.record().calls(Api.DINGTALK_USER_LIST)).hasSize(3);
		assertThat(contacts.members("100")).singleElement()
			.isEqualTo(new ContactUser("chief", "陈局长", "13900000001", "局长", List.of("100", "200"), true));
	}

	@Test
	void aUserIsFoundByIdOrMobileAndAnUnknownOneIsEmpty() {
		assertThat(contacts.user("chief")).map(ContactUser::name).contains("陈局长");
		assertThat(contacts.user("ghost")).isEmpty();
		assertThat(contacts.userIdByMobile("13900000001")).contains("chief");
		assertThat(contacts.userIdByMobile("13700000000")).isEmpty();
		assertThat(contacts.userIdByMobile("not a mobile")).isEmpty();
	}

	@Test
	void withoutTheMobilePermissionTheMobileIsNull() {
		emulator.dingTalk().withhold(emulator.dingTalk().app(), ContactPermission.MOBILE);
		assertThat(contacts.user("chief").orElseThrow().mobile()).isNull();
	}

	@Test
	void refusalsArePlatformExceptionsWithDingTalksCode() {
		emulator.dingTalk().withhold(emulator.dingTalk().app(), ContactPermission.DEPARTMENT_MEMBER);
		assertThatThrownBy(() -> contacts.members("101")).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.code()).isEqualTo("60011");
			assertThat(e.isTransient()).isFalse();
			assertThat(e.getMessage()).contains("qyapi_get_department_member");
		});
		emulator.dingTalk().grantAllContactPermissions(emulator.dingTalk().app());

		// throttled once: tried again a second later; throttled for good: a transient
		// failure
		emulator.limits().appRate(Api.DINGTALK_USER_GET, RateLimit.perSecond(1));
		contacts.user("chief");
		assertThat(contacts.user("chief")).isPresent();
		emulator.limits().appRate(Api.DINGTALK_USER_GET, RateLimit.perMinute(1));
		assertThatThrownBy(() -> contacts.user("chief")).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.code()).isEqualTo("90018");
			assertThat(e.isTransient()).isTrue();
		});
		assertThat(emulator.record().calls(Api.DINGTALK_USER_GET)).hasSizeGreaterThanOrEqualTo(5);
		emulator.limits().appRate(Api.DINGTALK_USER_GET, RateLimit.perSecond(20));
	}

	@Test
	void callsKeepToTheAppsPaceSoAWholeTreeIsReadWithoutBeingThrottled() {
		for (int i = 0; i < 40; i++) {
			emulator.dingTalk()
				.directory()
				.putDepartment(new Directory.Department(Integer.toString(300 + i), "200", "村" + i, i, List.of()));
		}
		try {
			assertThat(contacts.departments()).hasSize(44);
			assertThat(emulator.record().calls(Api.DINGTALK_DEPARTMENT_GET)).noneMatch(c -> "90018".equals(c.code()));
		}
		finally {
			for (int i = 0; i < 40; i++) {
				emulator.dingTalk().directory().removeDepartment(Integer.toString(300 + i));
			}
		}
	}

	@Test
	void anExpiredTokenIsFetchedAgainOnce() {
		contacts.user("chief");
		emulator.dingTalk().expireTokens(emulator.dingTalk().app());

		assertThat(contacts.user("chief")).isPresent();
		assertThat(emulator.record().calls(Api.DINGTALK_GET_TOKEN)).hasSize(2);
	}

}
