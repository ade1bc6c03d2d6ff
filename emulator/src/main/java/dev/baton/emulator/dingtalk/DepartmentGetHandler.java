package dev.baton.emulator.dingtalk;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /topapi/v2/department/get?access_token=} with {@code dept_id}: the root department (1) of the app's
 * corp. Harmless (it sends nothing), so setup checks use it to prove a token works from this caller's IP (60020
 * when the IP is not whitelisted).
 */
final class DepartmentGetHandler implements ApiHandler {

    private final DingTalkAuth auth;

    DepartmentGetHandler(DingTalkAuth auth) {
        this.auth = auth;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        DingTalkApp app = auth.oapi(request);
        auth.admitOapi(request);
        Long dept = Json.longValue(request.json(), "dept_id");
        if (dept == null || dept != 1L) {
            throw DingTalkErrors.oapi(60003, "部门不存在");
        }
        ObjectNode body = Json.object();
        body.put("errcode", 0);
        body.put("errmsg", "ok");
        ObjectNode result = body.putObject("result");
        result.put("dept_id", 1);
        result.put("name", app.corpId());
        return ApiResponse.json(body);
    }

}
