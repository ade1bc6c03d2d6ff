package dev.baton.emulator.http;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the emulator answers: a status, a body and its content type, plus the error code
 * for the record; a redirect (the platforms' sign-in pages sending the browser back with
 * a code) has its {@code location}.
 */
public record ApiResponse(int status, String contentType, byte[] body, String errorCode, String location) {

	public ApiResponse(int status, String contentType, byte[] body, String errorCode) {
		this(status, contentType, body, errorCode, null);
	}

	/** A 302 to where the browser goes next. */
	public static ApiResponse redirect(String location) {
		return new ApiResponse(302, "text/html; charset=UTF-8", new byte[0], null, location);
	}

	/**
	 * A page a person reads in the browser (the platform's own sign-in page or its
	 * refusal).
	 */
	public static ApiResponse page(int status, String title, String text) {
		String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + title
				+ "</title></head><body><h1>" + title + "</h1><p id=\"message\">" + text + "</p></body></html>";
		return new ApiResponse(status, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8),
				status == 200 ? null : "HTTP" + status, null);
	}

	public static ApiResponse json(JsonNode body) {
		return new ApiResponse(200, "application/json; charset=UTF-8",
				Json.write(body).getBytes(StandardCharsets.UTF_8), null);
	}

	/** An errcode-style success: {@code {"errcode":0,"errmsg":"ok", ...fields}}. */
	public static ObjectNode ok() {
		ObjectNode node = Json.object();
		node.put("errcode", 0);
		node.put("errmsg", "ok");
		return node;
	}

	public static ApiResponse error(dev.baton.emulator.Api.ErrorStyle style, ApiError error, String requestId) {
		if (style == dev.baton.emulator.Api.ErrorStyle.PAGE) {
			return page(error.httpStatus(), "出错了", error.getMessage());
		}
		ObjectNode node = Json.object();
		if (style == dev.baton.emulator.Api.ErrorStyle.ERRCODE) {
			node.put("errcode", Integer.parseInt(error.code()));
			node.put("errmsg", error.getMessage());
			node.put("request_id", requestId);
		}
		else {
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
