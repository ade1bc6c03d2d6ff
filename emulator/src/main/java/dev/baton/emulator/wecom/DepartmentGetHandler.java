package dev.baton.emulator.wecom;

import dev.baton.emulator.account.Directory;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /cgi-bin/department/get?id=} (获取单个部门详情, doc 95351): name and the leaders the
 * app sees. Apps only (48009 for the contact-sync helper), within the visible range
 * (60011); 60123 for an unknown id.
 */
final class DepartmentGetHandler implements ApiHandler {

	private final WeComAuth auth;

	private final ContactViews views;

	DepartmentGetHandler(WeComAuth auth, ContactViews views) {
		this.auth = auth;
		this.views = views;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComCaller caller = auth.caller(request);
		auth.admit(request);
		views.requireApp(caller);
		Directory.Department department = find(views, request.query("id"));
		if (!views.sees(caller, department)) {
			throw WeComErrors.of(WeComErrors.NO_PRIVILEGE, "no privilege to access/modify contact/party/agent");
		}
		ObjectNode answer = ApiResponse.ok();
		answer.set("department", views.department(caller, department));
		return ApiResponse.json(answer);
	}

	static Directory.Department find(ContactViews views, String id) {
		if (id == null || !id.matches("\\d{1,10}")) {
			throw WeComErrors.of(WeComErrors.DEPARTMENT_NOT_FOUND, "invalid party id");
		}
		return views.directory()
			.department(id)
			.orElseThrow(() -> WeComErrors.of(WeComErrors.DEPARTMENT_NOT_FOUND, "invalid party id"));
	}

}
