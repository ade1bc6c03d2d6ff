package dev.baton.emulator.wecom;

import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /cgi-bin/agent/get?agentid=}: the app's own details. Harmless (it sends
 * nothing), so setup checks use it to prove a token works from this caller's IP.
 */
final class AgentGetHandler implements ApiHandler {

	private final WeComAuth auth;

	AgentGetHandler(WeComAuth auth) {
		this.auth = auth;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComApp app = auth.authenticate(request);
		auth.admit(request);
		String agentId = request.query("agentid");
		if (agentId == null || !agentId.equals(Integer.toString(app.agentId()))) {
			throw WeComErrors.of(WeComErrors.INVALID_AGENT_ID, "invalid agentid");
		}
		ObjectNode body = ApiResponse.ok();
		body.put("agentid", app.agentId());
		body.put("name", "交接棒");
		body.put("close", 0);
		return ApiResponse.json(body);
	}

}
