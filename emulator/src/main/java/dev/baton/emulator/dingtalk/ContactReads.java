package dev.baton.emulator.dingtalk;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.http.ApiError;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.Json;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the contact APIs share (oapi, dingtalk.md §5.2; the API pages of 通讯录管理): the
 * token, the IP allow-list, the app's rate and injected faults, the permission the API
 * needs (errcode 60011 naming it), and members and departments as DingTalk writes them:
 * numeric ids, {@code dept_id_list} of numbers, {@code mobile} only with the mobile
 * permission.
 */
final class ContactReads {

	/**
	 * ASSUMED wording; 60011 is DingTalk's "no permission" errcode (dingtalk.md §5.2).
	 */
	static final int NO_PERMISSION = 60011;
	static final int DEPARTMENT_NOT_FOUND = 60003;
	static final int INVALID_USER_ID = 33012;
	static final int USER_NOT_FOUND_BY_MOBILE = 60121;
	static final int INVALID_MOBILE = 40104;

	/** user/list: "dept_id或cursor或size或order_field填写不合规范". */
	static final int ILLEGAL_PARAMETER = 40035;
	static final int INVALID_PARAMETER = 400002;

	private final DingTalkAuth auth;

	ContactReads(DingTalkAuth auth) {
		this.auth = auth;
	}

	/** The calling app, once it passed the token, the gate and the permission check. */
	DingTalkApp admit(ApiRequest request, ContactPermission needed) {
		DingTalkApp app = auth.oapi(request);
		auth.admitOapi(request);
		if (!platform().granted(app.id(), needed)) {
			throw ApiError.errcode(NO_PERMISSION, "应用尚未开通所需的权限：[" + needed.scope() + "]");
		}
		return app;
	}

	DingTalkPlatform platform() {
		return auth.platform();
	}

	/**
	 * A department id as DingTalk sends it (a number); anything else is an invalid
	 * parameter.
	 */
	static String departmentId(ApiRequest request, String field, boolean required) {
		Long id;
		try {
			id = Json.longValue(request.json(), field);
		}
		catch (NumberFormatException e) {
			throw ApiError.errcode(INVALID_PARAMETER, "无效的参数: " + field);
		}
		if (id == null) {
			if (required) {
				throw ApiError.errcode(INVALID_PARAMETER, "无效的参数: " + field);
			}
			return null;
		}
		return Long.toString(id);
	}

	static ObjectNode department(Directory.Department d) {
		ObjectNode node = Json.object();
		node.put("dept_id", number(d.id()));
		node.put("name", d.name());
		if (d.parentId() != null) {
			node.put("parent_id", number(d.parentId()));
		}
		node.put("create_dept_group", false);
		node.put("auto_add_user", false);
		return node;
	}

	/**
	 * A member as user/list and user/get give them; {@code department} is the listed
	 * department (for leader).
	 */
	ObjectNode member(DingTalkApp app, Directory.Member m, String department) {
		ObjectNode node = Json.object();
		node.put("userid", m.userId());
		node.put("unionid", "union" + Integer.toHexString(m.userId().hashCode()));
		node.put("name", m.name());
		if (m.mobile() != null && platform().granted(app.id(), ContactPermission.MOBILE)) {
			node.put("mobile", m.mobile());
			node.put("state_code", "86");
		}
		node.put("hide_mobile", false);
		if (m.title() != null) {
			node.put("title", m.title());
		}
		ArrayNode depts = node.putArray("dept_id_list");
		List<String> ids = m.departmentIds().isEmpty() ? List.of(DingTalkPlatform.ROOT_DEPARTMENT) : m.departmentIds();
		ids.forEach(id -> depts.add(number(id)));
		node.put("active", m.active());
		node.put("admin", false);
		node.put("boss", false);
		if (department != null) {
			node.put("leader",
					platform().department(app, department).map(d -> d.managers().contains(m.userId())).orElse(false));
		}
		node.put("exclusive_account", false);
		return node;
	}

	/**
	 * A user known to the platform without a profile of their own: their id is all there
	 * is, in the root.
	 */
	static Directory.Member bare(String userId) {
		return new Directory.Member(userId, userId, null, null, List.of(DingTalkPlatform.ROOT_DEPARTMENT), true);
	}

	/** DingTalk department ids are numbers; a test directory must use numeric ids too. */
	static long number(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw new IllegalStateException("DingTalk department ids are numbers, not " + id, e);
		}
	}

}
