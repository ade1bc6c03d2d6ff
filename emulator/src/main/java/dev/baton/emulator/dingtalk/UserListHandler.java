package dev.baton.emulator.dingtalk;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.http.ApiError;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /topapi/v2/user/list} (获取部门用户详情): the members directly in {@code dept_id}
 * (not its sub-departments), a page of {@code size} (1–100) from {@code cursor}
 * (0–100000: 0 first, then the {@code next_cursor} of the previous page while
 * {@code has_more}). 60003 for an unknown department; 40035 for a missing or out-of-range
 * cursor or size.
 */
final class UserListHandler implements ApiHandler {

	/**
	 * The official SDK's own bounds (OapiV2UserListRequest.check: size 1..100, cursor
	 * 0..100000).
	 */
	static final int MAX_SIZE = 100;
	static final long MAX_CURSOR = 100_000;

	private final ContactReads reads;

	UserListHandler(DingTalkAuth auth) {
		this.reads = new ContactReads(auth);
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		DingTalkApp app = reads.admit(request, ContactPermission.DEPARTMENT_MEMBER);
		String id = ContactReads.departmentId(request, "dept_id", true);
		long cursor = bounded(request, "cursor", 0, MAX_CURSOR);
		int size = (int) bounded(request, "size", 1, MAX_SIZE);
		if (reads.platform().department(app, id).isEmpty()) {
			throw ApiError.errcode(ContactReads.DEPARTMENT_NOT_FOUND, "未找到对应部门");
		}
		List<Directory.Member> members = reads.platform().directory().membersOf(id);
		int from = (int) Math.min(cursor, members.size());
		int to = Math.min(members.size(), from + size);
		ObjectNode body = ApiResponse.ok();
		ObjectNode result = body.putObject("result");
		boolean more = to < members.size();
		result.put("has_more", more);
		if (more) {
			result.put("next_cursor", to);
		}
		ArrayNode list = result.putArray("list");
		members.subList(from, to).forEach(m -> list.add(reads.member(app, m, id)));
		body.put("request_id", Long.toString(request.callSeq(), 36));
		return ApiResponse.json(body);
	}

	private static long bounded(ApiRequest request, String field, long min, long max) {
		Long value;
		try {
			value = Json.longValue(request.json(), field);
		}
		catch (NumberFormatException e) {
			value = null;
		}
		if (value == null || value < min || value > max) {
			throw ApiError.errcode(ContactReads.ILLEGAL_PARAMETER, "参数非法: " + field);
		}
		return value;
	}

}
