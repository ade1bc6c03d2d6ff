package dev.baton.emulator.dingtalk;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.http.ApiError;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /topapi/v2/department/listsub} with {@code dept_id} (the root, 1, when
 * absent): the departments one level below, not their children (获取部门列表). 60003 for a
 * department there is not.
 */
final class DepartmentListSubHandler implements ApiHandler {

	private final ContactReads reads;

	DepartmentListSubHandler(DingTalkAuth auth) {
		this.reads = new ContactReads(auth);
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		DingTalkApp app = reads.admit(request, ContactPermission.DEPARTMENT_LIST);
		String id = ContactReads.departmentId(request, "dept_id", false);
		String parent = id == null ? DingTalkPlatform.ROOT_DEPARTMENT : id;
		if (reads.platform().department(app, parent).isEmpty()) {
			throw ApiError.errcode(ContactReads.DEPARTMENT_NOT_FOUND, "未找到对应部门");
		}
		ObjectNode body = ApiResponse.ok();
		ArrayNode result = body.putArray("result");
		reads.platform().directory().children(parent).forEach(d -> result.add(ContactReads.department(d)));
		body.put("request_id", Long.toString(request.callSeq(), 36));
		return ApiResponse.json(body);
	}

}
