package dev.baton.emulator.http;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the emulator answers: a status, a body and its content type, plus the error code for the record. */
public record ApiResponse(int status, String contentType, byte[] body, String errorCode) {

    public static ApiResponse json(JsonNode body) {
        return new ApiResponse(200, "application/json; charset=UTF-8", Json.write(body).getBytes(StandardCharsets.UTF_8),
                null);
    }

    /** An errcode-style success: {@code {"errcode":0,"errmsg":"ok", ...fields}}. */
    public static ObjectNode ok() {
        ObjectNode node = Json.object();
        node.put("errcode", 0);
        node.put("errmsg", "ok");
        return node;
    }

    public static ApiResponse error(dev.baton.emulator.Api.ErrorStyle style, ApiError error, String requestId) {
        ObjectNode node = Json.object();
        if (style == dev.baton.emulator.Api.ErrorStyle.ERRCODE) {
            node.put("errcode", Integer.parseInt(error.code()));
            node.put("errmsg", error.getMessage());
            node.put("request_id", requestId);
        } else {
            node.put("code", error.code());
            node.put("message", error.getMessage());
            node.put("requestid", requestId);
        }
        error.extra().forEach(node::put);
        return new ApiResponse(error.httpStatus(), "application/json; charset=UTF-8",
                Json.write(node).getBytes(StandardCharsets.UTF_8), error.code());
    }

    public static ApiResponse text(int status, String text) {
        return new ApiResponse(status, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8),
                "HTTP" + status);
    }
}
