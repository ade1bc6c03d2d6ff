package dev.baton.emulator.wecom;

import dev.baton.emulator.account.Directory;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;

/**
 * {@code GET /cgi-bin/user/get?userid=} (读取成员, doc 90196): a member in the app's visible
 * range, with the fields a self-built app gets (no mobile, gender, email, avatar or
 * address unless the app predates 2022-06-20). 60111 for an unknown userid, 60011 outside
 * the visible range, 48009 for the contact-sync helper's token.
 */
final class UserGetHandler implements ApiHandler {

	private final WeComAuth auth;

	private final ContactViews views;

	UserGetHandler(WeComAuth auth, ContactViews views) {
		this.auth = auth;
		this.views = views;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComCaller caller = auth.caller(request);
		auth.admit(request);
		views.requireApp(caller);
		String userId = request.query("userid");
		if (userId == null || userId.isBlank() || userId.length() > 64) {
			throw WeComErrors.invalid("userid");
		}
		Directory.Member member = views.directory()
			.member(userId)
			.orElseThrow(() -> WeComErrors.of(WeComErrors.USER_NOT_FOUND, "userid not found"));
		if (!views.sees(caller, member)) {
			throw WeComErrors.of(WeComErrors.NO_PRIVILEGE, "no privilege to access/modify contact/party/agent");
		}
		return ApiResponse.json(views.member(caller, member, ApiResponse.ok()));
	}

}
