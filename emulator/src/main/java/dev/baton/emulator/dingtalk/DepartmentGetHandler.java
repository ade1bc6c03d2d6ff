package dev.baton.emulator.dingtalk;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.http.ApiError;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /topapi/v2/department/get?access_token=} with {@code dept_id}: one
 * department with its managers ({@code dept_manager_userid_list}); the root (1) is the
 * corp. 60003 for a department there is not. Harmless (it sends nothing), so setup checks
 * use it on the root to prove a token works from this caller's IP (60020 when the IP is
 * not whitelisted).
 */
final class DepartmentGetHandler implements ApiHandler {

	private final ContactReads reads;

	DepartmentGetHandler(DingTalkAuth auth) {
		this.reads = new ContactReads(auth);
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		DingTalkApp app = reads.admit(request, ContactPermission.DEPARTMENT_LIST);
		String id = ContactReads.departmentId(request, "dept_id", true);
		Directory.Department department = reads.platform()
			.department(app, id)
			.orElseThrow(() -> ApiError.errcode(ContactReads.DEPARTMENT_NOT_FOUND, "未找到对应部门"));
		ObjectNode body = ApiResponse.ok();
		ObjectNode result = ContactReads.department(department);
		body.set("result", result);
		result.put("order", department.order());
		ArrayNode managers = result.putArray("dept_manager_userid_list");
		department.managers().forEach(managers::add);
		result.put("member_count", reads.platform().directory().membersOf(id).size());
		body.put("request_id", Long.toString(request.callSeq(), 36));
		return ApiResponse.json(body);
	}

}
