package dev.baton.emulator.http;

import dev.baton.emulator.Api;
import dev.baton.emulator.Platform;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer to a call from an IP over its limit. WeCom: 45009 like any frequency limit
 * (doc 90454). DingTalk: no errcode at all but the security layer's page,
 * {@code {"status":1111,"wait":5,"source":"x5","punish":"deny", "uuid":"…"}}
 * (open.dingtalk.com how-to-process-api-throttling-on-the-dingtalk-server:
 * "触发此限流不会返回对应的错误码， 返回的是一个html页面"); its HTTP status is not documented, ASSUMED 200, so a
 * client that trusts a 200 is caught.
 */
final class IpThrottle {

	private IpThrottle() {
	}

	static ApiResponse answer(Api api, String uuid) {
		if (api.platform() == Platform.WECOM) {
			return ApiResponse.error(api.errorStyle(), ApiError.errcode(45009, "api freq out of limit"), uuid);
		}
		ObjectNode page = Json.object();
		page.put("status", 1111);
		page.put("wait", 5);
		page.put("source", "x5");
		page.put("punish", "deny");
		page.put("uuid", uuid);
		return new ApiResponse(200, "application/json; charset=UTF-8",
				Json.write(page).getBytes(StandardCharsets.UTF_8), "ip-banned");
	}

}
