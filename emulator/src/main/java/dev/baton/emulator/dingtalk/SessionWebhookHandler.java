package dev.baton.emulator.dingtalk;

import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.DeliveryLog;
import dev.baton.emulator.record.Outcome;
import dev.baton.emulator.record.TargetKind;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /robot/sendBySession?session=}: a reply to a robot message through its sessionWebhook (no token; the
 * session is the credential and lasts about 90 minutes). Webhook message format: text, markdown, actionCard, feedCard,
 * link. ASSUMED errcodes: 300001 for an unknown or expired session, 40035 for a bad message.
 */
final class SessionWebhookHandler implements ApiHandler {

    private static final Set<String> TYPES = Set.of("text", "markdown", "actionCard", "feedCard", "link");

    private final DingTalkPlatform platform;
    private final DeliveryLog deliveries;

    SessionWebhookHandler(DingTalkPlatform platform, DeliveryLog deliveries) {
        this.platform = platform;
        this.deliveries = deliveries;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        RobotSession session = platform.session(request.query("session"))
                .filter(s -> s.expiresAtMillis() > platform.clock().millis())
                .orElseThrow(() -> DingTalkErrors.oapi(300001, "session is invalid or expired"));
        request.app(session.app());
        JsonNode body = request.json();
        String msgType = Json.text(body, "msgtype");
        TargetKind kind = session.group() ? TargetKind.GROUP : TargetKind.USER;
        String target = session.group() ? session.conversationId() : session.userId();
        String content = msgType == null || body.get(msgType) == null ? "" : "text".equals(msgType)
                ? Json.text(body.get("text"), "content") : Json.write(body.get(msgType));
        deliveries.rejectAllOnError(request, kind, List.of(target), msgType, content);
        if (msgType == null || !TYPES.contains(msgType) || content == null || content.isEmpty()) {
            throw DingTalkErrors.oapiInvalid("msgtype and its content");
        }
        request.onRejection(null);
        deliveries.add(request, kind, target, msgType, content, Outcome.DELIVERED, null);
        return ApiResponse.json(dev.baton.emulator.http.ApiResponse.ok());
    }
}
