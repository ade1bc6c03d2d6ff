package dev.baton.emulator.wecom;

import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.token.TokenStore;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /cgi-bin/gettoken?corpid=&corpsecret=}. */
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
        WeComApp app = platform.appBySecret(corpId, secret)
                .orElseThrow(() -> WeComErrors.of(WeComErrors.INVALID_SECRET, "invalid credential"));
        request.app(app.id());
        auth.gate().admit(request, null, WeComErrors.throttled());
        TokenStore.Issued token = platform.tokens().issue(app.id());
        ObjectNode body = ApiResponse.ok();
        body.put("access_token", token.value());
        body.put("expires_in", token.expiresInSeconds());
        return ApiResponse.json(body);
    }
}
