package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.dingtalk.api.DefaultDingTalkClient;
import com.dingtalk.api.request.OapiGettokenRequest;
import com.dingtalk.api.request.OapiV2DepartmentGetRequest;
import com.dingtalk.api.request.OapiV2DepartmentListsubRequest;
import com.dingtalk.api.request.OapiV2UserGetRequest;
import com.dingtalk.api.request.OapiV2UserGetbymobileRequest;
import com.dingtalk.api.request.OapiV2UserListRequest;
import com.dingtalk.api.response.OapiV2DepartmentGetResponse;
import com.dingtalk.api.response.OapiV2DepartmentListsubResponse;
import com.dingtalk.api.response.OapiV2UserGetResponse;
import com.dingtalk.api.response.OapiV2UserGetbymobileResponse;
import com.dingtalk.api.response.OapiV2UserListResponse;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.dingtalk.ContactPermission;
import dev.baton.emulator.limit.RateLimit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contact APIs the directory sync reads, through the official oapi SDK (2.0.0):
 * departments one level at a time, a department's members in pages of at most 100, a user
 * by id and by mobile, with DingTalk's refusals.
 */
class DingTalkContactsApiTest {

	private PlatformEmulator emulator;

	private DingTalkApp app;

	private String token;

	@BeforeEach
	void start() throws Exception {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		app = emulator.dingTalk().app();
		Directory d = emulator.dingTalk().directory();
		d.putDepartment(new Directory.Department("100", "1", "县统计局", 1, List.of("u0001")));
		d.putDepartment(new Directory.Department("200", "1", "城关镇", 2, List.of()));
		d.putDepartment(new Directory.Department("101", "100", "执法大队", 1, List.of()));
		for (int i = 1; i <= 250; i++) {
			d.putMember(new Directory.Member(String.format("u%04d", i), "干部" + i, "1380000" + String.format("%04d", i),
					"科员", List.of("100"), true));
		}
		d.putMember(new Directory.Member("chief", "陈局长", "13900000001", "局长", List.of("100", "200"), true));
		OapiGettokenRequest request = new OapiGettokenRequest();
		request.setAppkey(app.appKey());
		request.setAppsecret(app.appSecret());
		request.setHttpMethod("GET");
		token = client("/gettoken").execute(request).getAccessToken();
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	private DefaultDingTalkClient client(String path) {
		return new DefaultDingTalkClient(emulator.dingTalkOapiBaseUrl() + path);
	}

	private OapiV2UserListResponse page(long dept, long cursor, long size) throws Exception {
		OapiV2UserListRequest request = new OapiV2UserListRequest();
		request.setDeptId(dept);
		request.setCursor(cursor);
		request.setSize(size);
		return client("/topapi/v2/user/list").execute(request, token);
	}

	@Test
	void membersComeInPagesOfAtMostAHundredFollowingTheCursor() throws Exception {
		List<String> seen = new ArrayList<>();
		long cursor = 0;
		int pages = 0;
		while (true) {
			OapiV2UserListResponse page = page(100, cursor, 100);
			assertThat(page.getErrcode()).isZero();
			pages++;
			page.getResult().getList().forEach(u -> seen.add(u.getUserid()));
			if (!page.getResult().getHasMore()) {
				assertThat(page.getResult().getNextCursor()).isNull();
				break;
			}
			cursor = page.getResult().getNextCursor();
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).hasSize(251).doesNotHaveDuplicates().contains("chief", "u0001", "u0250");

		OapiV2UserListResponse.ListUserResponse first = page(100, 0, 1).getResult().getList().get(0);
		assertThat(first.getName()).isEqualTo("陈局长");
		assertThat(first.getMobile()).isEqualTo("13900000001");
		assertThat(first.getTitle()).isEqualTo("局长");
		assertThat(first.getDeptIdList()).containsExactly(100L, 200L);
	}

	private String rawUserList(String body) throws Exception {
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI
					.create(emulator.dingTalkOapiBaseUrl() + "/topapi/v2/user/list?access_token=" + token))
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
				.header("Content-Type", "application/json")
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString())
			.body();
	}

	@Test
	void aPageLargerThanAHundredOrWithoutACursorIsRefused() throws Exception {
		// the official SDK checks the bounds itself (errcode 41) ...
		assertThat(page(100, 0, 101).getErrcode()).isEqualTo(41L);
		// ... and so does the platform, for any other client
		assertThat(rawUserList("{\"dept_id\":100,\"cursor\":0,\"size\":101}")).contains("\"errcode\":40035");
		assertThat(rawUserList("{\"dept_id\":100,\"cursor\":0,\"size\":0}")).contains("\"errcode\":40035");
		assertThat(rawUserList("{\"dept_id\":100,\"size\":10}")).contains("\"errcode\":40035");
		assertThat(rawUserList("{\"dept_id\":100,\"cursor\":100001,\"size\":10}")).contains("\"errcode\":40035");
		assertThat(page(999, 0, 10).getErrcode()).isEqualTo(60003L);
	}

	@Test
	void departmentsAreListedOneLevelAtATimeWithTheirManagersOnGet() throws Exception {
		OapiV2DepartmentListsubRequest root = new OapiV2DepartmentListsubRequest();
		root.setDeptId(1L);
		OapiV2DepartmentListsubResponse level1 = client("/topapi/v2/department/listsub").execute(root, token);
		assertThat(level1.getResult()).extracting(d -> d.getDeptId(), d -> d.getName(), d -> d.getParentId())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(100L, "县统计局", 1L),
					org.assertj.core.groups.Tuple.tuple(200L, "城关镇", 1L));
		OapiV2DepartmentListsubRequest below = new OapiV2DepartmentListsubRequest();
		below.setDeptId(100L);
		assertThat(client("/topapi/v2/department/listsub").execute(below, token).getResult())
			.extracting(d -> d.getDeptId())
			.containsExactly(101L);
		OapiV2DepartmentListsubRequest unknown = new OapiV2DepartmentListsubRequest();
		unknown.setDeptId(404L);
		assertThat(client("/topapi/v2/department/listsub").execute(unknown, token).getErrcode()).isEqualTo(60003L);

		OapiV2DepartmentGetRequest get = new OapiV2DepartmentGetRequest();
		get.setDeptId(100L);
		OapiV2DepartmentGetResponse bureau = client("/topapi/v2/department/get").execute(get, token);
		assertThat(bureau.getResult().getName()).isEqualTo("县统计局");
		assertThat(bureau.getResult().getParentId()).isEqualTo(1L);
		assertThat(bureau.getResult().getDeptManagerUseridList()).containsExactly("u0001");
		get.setDeptId(1L);
		assertThat(client("/topapi/v2/department/get").execute(get, token).getResult().getName())
			.isEqualTo(app.corpId());
	}

	@Test
	void aUserIsFoundByIdAndByMobileAndAnUnknownOneIsRefused() throws Exception {
		OapiV2UserGetRequest get = new OapiV2UserGetRequest();
		get.setUserid("u0001");
		OapiV2UserGetResponse user = client("/topapi/v2/user/get").execute(get, token);
		assertThat(user.getResult().getName()).isEqualTo("干部1");
		assertThat(user.getResult().getLeaderInDept()).singleElement()
			.satisfies(l -> assertThat(l.getLeader()).isTrue());
		get.setUserid("ghost");
		assertThat(client("/topapi/v2/user/get").execute(get, token).getErrcode()).isEqualTo(33012L);

		OapiV2UserGetbymobileRequest byMobile = new OapiV2UserGetbymobileRequest();
		byMobile.setMobile("13900000001");
		OapiV2UserGetbymobileResponse found = client("/topapi/v2/user/getbymobile").execute(byMobile, token);
		assertThat(found.getResult().getUserid()).isEqualTo("chief");
		byMobile.setMobile("13700000000");
		assertThat(client("/topapi/v2/user/getbymobile").execute(byMobile, token).getErrcode()).isEqualTo(60121L);
		byMobile.setMobile("not a phone");
		assertThat(client("/topapi/v2/user/getbymobile").execute(byMobile, token).getErrcode()).isEqualTo(40104L);

		emulator.dingTalk().directory().removeUser("chief");
		byMobile.setMobile("13900000001");
		assertThat(client("/topapi/v2/user/getbymobile").execute(byMobile, token).getErrcode())
			.as("a member who left cannot be found by mobile")
			.isEqualTo(60121L);
	}

	@Test
	void withoutThePermissionsTheCallsAreRefusedAndTheMobileIsWithheld() throws Exception {
		emulator.dingTalk().withhold(app, ContactPermission.MOBILE);
		assertThat(page(100, 0, 1).getResult().getList().get(0).getMobile()).isNull();

		emulator.dingTalk().withhold(app, ContactPermission.DEPARTMENT_MEMBER);
		OapiV2UserListResponse refused = page(100, 0, 10);
		assertThat(refused.getErrcode()).isEqualTo(60011L);
		assertThat(refused.getErrmsg()).contains("qyapi_get_department_member");

		emulator.dingTalk().withhold(app, ContactPermission.MEMBER_BY_MOBILE);
		OapiV2UserGetbymobileRequest byMobile = new OapiV2UserGetbymobileRequest();
		byMobile.setMobile("13900000001");
		assertThat(client("/topapi/v2/user/getbymobile").execute(byMobile, token).getErrcode()).isEqualTo(60011L);

		emulator.dingTalk().grantAllContactPermissions(app);
		assertThat(page(100, 0, 10).getErrcode()).isZero();
	}

	@Test
	void overTheAppsRateTheCallIsThrottled() throws Exception {
		emulator.limits().appRate(Api.DINGTALK_USER_LIST, RateLimit.perSecond(2));
		assertThat(page(100, 0, 10).getErrcode()).isZero();
		assertThat(page(100, 10, 10).getErrcode()).isZero();
		assertThat(page(100, 20, 10).getErrcode()).isEqualTo(90018L);
	}

}
