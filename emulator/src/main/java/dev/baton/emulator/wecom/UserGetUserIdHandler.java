package dev.baton.emulator.wecom;

import dev.baton.emulator.account.Directory;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /cgi-bin/user/getuserid} {@code {"mobile"}} (手机号获取userid, doc 95402): the
 * userid of the member with that mobile (5–32 bytes), if the caller may see them. A
 * mobile no one has is 46004 and counts against the corp's budget: after misses beyond
 * 20% of its head-count cap in a day, the API is refused for the rest of that day (the
 * doc: "若出错的次数超出企业人数上限的20%，会导致1天不可调用"; the code of that refusal is ASSUMED 45009).
 */
final class UserGetUserIdHandler implements ApiHandler {

	private final WeComPlatform platform;

	private final WeComAuth auth;

	private final ContactViews views;

	UserGetUserIdHandler(WeComPlatform platform, WeComAuth auth, ContactViews views) {
		this.platform = platform;
		this.auth = auth;
		this.views = views;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComCaller caller = auth.caller(request);
		auth.admit(request);
		if (platform.getUserIdBlocked(caller.corpId())) {
			throw WeComErrors.of(WeComErrors.FREQUENCY,
					"api freq out of limit: too many getuserid misses today, blocked until tomorrow");
		}
		String mobile = Json.text(request.json(), "mobile");
		int bytes = mobile == null ? 0 : mobile.getBytes(StandardCharsets.UTF_8).length;
		if (bytes < 5 || bytes > 32) {
			throw WeComErrors.invalid("mobile must be 5 to 32 bytes");
		}
		Optional<Directory.Member> member = views.directory().memberByMobile(mobile);
		if (member.isEmpty()) {
			platform.recordGetUserIdMiss(caller.corpId());
			throw WeComErrors.of(WeComErrors.MOBILE_NOT_FOUND, "user not exist");
		}
		if (!views.sees(caller, member.get())) {
			throw WeComErrors.of(WeComErrors.NO_PRIVILEGE, "no privilege to access/modify contact/party/agent");
		}
		ObjectNode answer = ApiResponse.ok();
		answer.put("userid", member.get().userId());
		return ApiResponse.json(answer);
	}

}
