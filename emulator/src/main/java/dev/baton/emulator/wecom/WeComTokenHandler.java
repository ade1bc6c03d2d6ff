package dev.baton.emulator.wecom;

import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.account.WeComContactSync;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.token.TokenStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /cgi-bin/gettoken?corpid=&corpsecret=}: with an app's secret or the
 * contact-sync helper's.
 */
final class WeComTokenHandler implements ApiHandler {

	private final WeComPlatform platform;

	private final WeComAuth auth;

	WeComTokenHandler(WeComPlatform platform, WeComAuth auth) {
		this.platform = platform;
		this.auth = auth;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		String corpId = request.query("corpid");
		String secret = request.query("corpsecret");
		if (corpId == null || !platform.knowsCorp(corpId)) {
			throw WeComErrors.of(WeComErrors.INVALID_CORP_ID, "invalid corpid");
		}
		// an app's secret, or the contact-sync helper's: each gets a token of its own
		String owner = platform.appBySecret(corpId, secret)
			.map(WeComApp::id)
			.or(() -> platform.contactSyncBySecret(corpId, secret).map(WeComContactSync::id))
			.orElseThrow(() -> WeComErrors.of(WeComErrors.INVALID_SECRET, "invalid credential"));
		request.app(owner);
		request.corp(corpId);
		auth.gate().admit(request, null, WeComErrors.REFUSALS);
		TokenStore.Issued token = platform.tokens().issue(owner);
		ObjectNode body = ApiResponse.ok();
		body.put("access_token", token.value());
		body.put("expires_in", token.expiresInSeconds());
		return ApiResponse.json(body);
	}

}
