package dev.baton.emulator.wecom;

import dev.baton.emulator.account.Directory;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /cgi-bin/department/list?id=} (doc 90208: names and leaders, apps only:
 * 48009 for the contact-sync helper) and {@code GET /cgi-bin/department/simplelist?id=}
 * (doc 95350: ids, parents and order; the helper sees every department). Without
 * {@code id}, the whole tree the caller may see; with it, that department and all below
 * it. An app sees its visible range; an unknown id is 60123, one outside the range 60011.
 */
final class DepartmentListHandler implements ApiHandler {

	private final WeComAuth auth;

	private final ContactViews views;

	private final boolean simple;

	DepartmentListHandler(WeComAuth auth, ContactViews views, boolean simple) {
		this.auth = auth;
		this.views = views;
		this.simple = simple;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComCaller caller = auth.caller(request);
		auth.admit(request);
		if (!simple) {
			views.requireApp(caller);
		}
		String id = request.query("id");
		if (id != null && !id.isBlank()) {
			Directory.Department root = DepartmentGetHandler.find(views, id);
			if (!views.sees(caller, root)) {
				throw WeComErrors.of(WeComErrors.NO_PRIVILEGE, "no privilege to access/modify contact/party/agent");
			}
		}
		else {
			id = null;
		}
		ObjectNode answer = ApiResponse.ok();
		ArrayNode list = answer.putArray(simple ? "department_id" : "department");
		for (Directory.Department department : views.subtree(caller, id)) {
			list.add(simple ? views.idNode(department) : views.department(caller, department));
		}
		return ApiResponse.json(answer);
	}

}
