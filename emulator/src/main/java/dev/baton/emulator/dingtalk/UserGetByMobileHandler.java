package dev.baton.emulator.dingtalk;

import dev.baton.emulator.http.ApiError;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /topapi/v2/user/getbymobile} with {@code mobile} (根据手机号查询用户): the user id
 * of the member in service with that mobile. 40104 for a mobile that is not a phone
 * number, 60121 when no member has it (a member who left cannot be found by mobile).
 */
final class UserGetByMobileHandler implements ApiHandler {

	private final ContactReads reads;

	UserGetByMobileHandler(DingTalkAuth auth) {
		this.reads = new ContactReads(auth);
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		reads.admit(request, ContactPermission.MEMBER_BY_MOBILE);
		String mobile = Json.text(request.json(), "mobile");
		if (mobile == null || mobile.isBlank()) {
			throw ApiError.errcode(ContactReads.INVALID_PARAMETER, "无效的参数: mobile");
		}
		if (!mobile.strip().matches("(\\+?\\d{1,4}-)?\\d{5,15}")) {
			throw ApiError.errcode(ContactReads.INVALID_MOBILE, "企业中无效的手机号");
		}
		String userId = reads.platform()
			.directory()
			.memberByMobile(mobile.strip())
			.map(m -> m.userId())
			.orElseThrow(() -> ApiError.errcode(ContactReads.USER_NOT_FOUND_BY_MOBILE, "未找到该用户"));
		ObjectNode body = ApiResponse.ok();
		body.putObject("result").put("userid", userId);
		body.put("request_id", Long.toString(request.callSeq(), 36));
		return ApiResponse.json(body);
	}

}
