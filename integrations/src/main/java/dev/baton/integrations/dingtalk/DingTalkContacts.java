package dev.baton.integrations.dingtalk;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import com.taobao.api.TaobaoRequest;
import com.taobao.api.TaobaoResponse;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.contacts.ContactDepartment;
import dev.baton.integrations.contacts.ContactDirectory;
import dev.baton.integrations.contacts.ContactUser;
import dev.baton.integrations.state.RateLimit;
import dev.baton.integrations.state.SharedState;

/**
 * A DingTalk corp's org chart as an internal app reads it through the official oapi SDK
 * (通讯录管理, the app needs 通讯录只读权限 and, for mobiles, 企业员工手机号信息): departments from the root
 * (1) down, one level a call ({@code department/listsub}) with each one's managers
 * ({@code department/get}); a department's own members ({@code user/list}, pages of 100);
 * a user ({@code user/get}); a user id by mobile ({@code user/getbymobile}). DingTalk
 * lists only members in service (one who left is simply gone), so every member it gives
 * is active; its {@code active} field means "has activated DingTalk", not employment. A
 * call DingTalk refuses becomes a {@link dev.baton.integrations.chat.PlatformException}
 * with its errcode, transient or not.
 * <p>
 * DingTalk allows an app 20 calls a second to each API and asks callers to keep under it
 * with a limiter of their own (dingtalk.md §5.1): calls here take a token from a bucket
 * per app and API shared by every instance (one every 60 ms), and a call DingTalk still
 * throttles (90018, 90002) is tried again a second later, twice at most.
 */
public final class DingTalkContacts implements ContactDirectory {

	/**
	 * One call every 60 ms, no burst: at most 17 in any second, under DingTalk's 20 calls
	 * a second per app and API (a bucket that holds more would let a burst and the refill
	 * add up to more than 20 in one second).
	 */
	static final RateLimit PACE = new RateLimit(1, Duration.ofMillis(60));

	private static final Set<Long> THROTTLED = Set.of(90018L, 90002L);

	/** DingTalk's root department: the corp itself. */
	public static final String ROOT = "1";

	static final long PAGE = 100;

	/**
	 * user/get: no such user; user/getbymobile: no member with the mobile, or not a
	 * mobile of the corp.
	 */
	private static final Set<Long> NO_USER = Set.of(33012L, 60121L, 40104L, 60111L);

	/** department/get and listsub: no such department. */
	private static final Set<Long> NO_DEPARTMENT = Set.of(60003L);

	private final DingTalkApp app;

	private final DingTalkOapi oapi;

	private final SharedState state;

	public DingTalkContacts(DingTalkApp app, SharedState state) {
		this(app, state, dev.baton.integrations.chat.ApiCallCounter.NONE);
	}

	/**
	 * @param calls told of every API call made, for the platform budgets
	 */
	public DingTalkContacts(DingTalkApp app, SharedState state, dev.baton.integrations.chat.ApiCallCounter calls) {
		this.app = app;
		this.oapi = new DingTalkOapi(app, state, calls);
		this.state = state;
	}

	/**
	 * One call at the app's pace, tried again a second later while DingTalk throttles it.
	 */
	private <T extends TaobaoResponse> T call(String path, TaobaoRequest<T> request) {
		for (int attempt = 1;; attempt++) {
			pace(path);
			T response = oapi.execute(path, request);
			if (!THROTTLED.contains(DingTalkOapi.code(response)) || attempt == 3) {
				return response;
			}
			sleep(Duration.ofSeconds(1));
		}
	}

	private void pace(String path) {
		String bucket = "dingtalk-contacts:" + app.appKey() + ":" + path;
		for (Duration wait = state.acquire(bucket, PACE, 1); !wait.isZero(); wait = state.acquire(bucket, PACE, 1)) {
			sleep(wait);
		}
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(Math.max(1, wait.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PlatformException(Platform.DINGTALK, "interrupted", "interrupted while pacing calls", true, ex);
		}
	}

	@Override
	public Platform platform() {
		return Platform.DINGTALK;
	}

	@Override
	public String corpId() {
		return app.corpId();
	}

	/** The configured app's name ({@code BATON_DINGTALK_APPS_n_NAME}). */
	public String appName() {
		return app.name();
	}

	@Override
	public List<ContactDepartment> departments() {
		List<ContactDepartment> all = new ArrayList<>();
		ContactDepartment root = department(ROOT).orElseThrow(() -> new PlatformException(Platform.DINGTALK, "60003",
				"department/get 1: the root department cannot be read", false, null));
		all.add(root);
		Deque<String> parents = new ArrayDeque<>(List.of(ROOT));
		while (!parents.isEmpty()) {
			String parent = parents.poll();
			for (OapiV2DepartmentListsubResponse.DeptBaseResponse child : children(parent)) {
				String id = Long.toString(child.getDeptId());
				// managers are given by department/get only
				all.add(department(id).orElse(new ContactDepartment(id, parent, child.getName(), List.of())));
				parents.add(id);
			}
		}
		return all;
	}

	private List<OapiV2DepartmentListsubResponse.DeptBaseResponse> children(String parent) {
		OapiV2DepartmentListsubRequest request = new OapiV2DepartmentListsubRequest();
		request.setDeptId(Long.valueOf(parent));
		OapiV2DepartmentListsubResponse response = call("/topapi/v2/department/listsub", request);
		requireOk("department/listsub " + parent, response);
		return response.getResult() == null ? List.of() : response.getResult();
	}

	@Override
	public Optional<ContactDepartment> department(String departmentId) {
		Long id = number(departmentId);
		if (id == null) {
			return Optional.empty();
		}
		OapiV2DepartmentGetRequest request = new OapiV2DepartmentGetRequest();
		request.setDeptId(id);
		OapiV2DepartmentGetResponse response = call("/topapi/v2/department/get", request);
		if (NO_DEPARTMENT.contains(DingTalkOapi.code(response))) {
			return Optional.empty();
		}
		requireOk("department/get " + departmentId, response);
		OapiV2DepartmentGetResponse.DeptGetResponse d = response.getResult();
		String parent = ROOT.equals(departmentId) || d.getParentId() == null ? null : Long.toString(d.getParentId());
		return Optional.of(new ContactDepartment(departmentId, parent, d.getName(), d.getDeptManagerUseridList()));
	}

	@Override
	public List<ContactUser> members(String departmentId) {
		Long id = number(departmentId);
		if (id == null) {
			return List.of();
		}
		List<ContactUser> members = new ArrayList<>();
		long cursor = 0;
		while (true) {
			OapiV2UserListRequest request = new OapiV2UserListRequest();
			request.setDeptId(id);
			request.setCursor(cursor);
			request.setSize(PAGE);
			OapiV2UserListResponse response = call("/topapi/v2/user/list", request);
			requireOk("user/list " + departmentId, response);
			OapiV2UserListResponse.PageResult page = response.getResult();
			if (page == null) {
				return members;
			}
			if (page.getList() != null) {
				page.getList()
					.forEach(u -> members
						.add(user(u.getUserid(), u.getName(), u.getMobile(), u.getTitle(), u.getDeptIdList())));
			}
			if (!Boolean.TRUE.equals(page.getHasMore()) || page.getNextCursor() == null) {
				return members;
			}
			cursor = page.getNextCursor();
		}
	}

	@Override
	public Optional<ContactUser> user(String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		OapiV2UserGetRequest request = new OapiV2UserGetRequest();
		request.setUserid(userId);
		OapiV2UserGetResponse response = call("/topapi/v2/user/get", request);
		if (NO_USER.contains(DingTalkOapi.code(response))) {
			return Optional.empty();
		}
		requireOk("user/get", response);
		OapiV2UserGetResponse.UserGetResponse u = response.getResult();
		return Optional.of(user(u.getUserid(), u.getName(), u.getMobile(), u.getTitle(), u.getDeptIdList()));
	}

	@Override
	public Optional<String> userIdByMobile(String mobile) {
		if (mobile == null || mobile.isBlank()) {
			return Optional.empty();
		}
		OapiV2UserGetbymobileRequest request = new OapiV2UserGetbymobileRequest();
		request.setMobile(mobile.strip());
		OapiV2UserGetbymobileResponse response = call("/topapi/v2/user/getbymobile", request);
		if (NO_USER.contains(DingTalkOapi.code(response))) {
			return Optional.empty();
		}
		requireOk("user/getbymobile", response);
		return Optional.ofNullable(response.getResult() == null ? null : response.getResult().getUserid());
	}

	private static ContactUser user(String userId, String name, String mobile, String title, List<Long> departments) {
		List<String> ids = departments == null ? List.of() : departments.stream().map(String::valueOf).toList();
		return new ContactUser(userId, blankToNull(name), blankToNull(mobile), blankToNull(title), ids, true);
	}

	private static void requireOk(String what, TaobaoResponse response) {
		if (DingTalkOapi.code(response) != 0) {
			throw DingTalkOapi.failure(what, response);
		}
	}

	private static Long number(String id) {
		try {
			return id == null ? null : Long.valueOf(id.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public String toString() {
		return "DingTalk contacts of " + app;
	}

}
