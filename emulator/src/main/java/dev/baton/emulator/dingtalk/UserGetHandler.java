package dev.baton.emulator.dingtalk;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.http.ApiError;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /topapi/v2/user/get} with {@code userid} (查询用户详情): the member's profile,
 * with {@code leader_in_dept}. 33012 for a user id the corp does not have (never there,
 * or left).
 */
final class UserGetHandler implements ApiHandler {

	private final ContactReads reads;

	UserGetHandler(DingTalkAuth auth) {
		this.reads = new ContactReads(auth);
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		DingTalkApp app = reads.admit(request, ContactPermission.MEMBER);
		String userId = Json.text(request.json(), "userid");
		if (userId == null || userId.isBlank()) {
			throw ApiError.errcode(ContactReads.INVALID_PARAMETER, "无效的参数: userid");
		}
		Directory directory = reads.platform().directory();
		Directory.Member member = directory.member(userId)
			.or(() -> directory.user(userId).map(ContactReads::bare))
			.orElseThrow(() -> ApiError.errcode(ContactReads.INVALID_USER_ID, "无效的userId"));
		ObjectNode body = ApiResponse.ok();
		ObjectNode result = reads.member(app, member, null);
		body.set("result", result);
		ArrayNode leaders = result.putArray("leader_in_dept");
		result.path("dept_id_list").forEach(dept -> {
			ObjectNode entry = leaders.addObject();
			entry.put("dept_id", dept.asLong());
			entry.put("leader",
					reads.platform()
						.department(app, dept.asString())
						.map(d -> d.managers().contains(member.userId()))
						.orElse(false));
		});
		body.put("request_id", Long.toString(request.callSeq(), 36));
		return ApiResponse.json(body);
	}

}
