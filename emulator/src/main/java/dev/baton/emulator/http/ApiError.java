package dev.baton.emulator.http;

/**
 * A refusal in the platform's own terms. For
 * {@link dev.baton.emulator.Api.ErrorStyle#ERRCODE} endpoints the code is the numeric
 * errcode and the status is 200; for OpenAPI endpoints it is the {@code code} string and
 * an HTTP status.
 */
public final class ApiError extends RuntimeException {

	private final int httpStatus;

	private final String code;

	private final java.util.Map<String, String> extra = new java.util.LinkedHashMap<>();

	public ApiError(int httpStatus, String code, String message) {
		super(message);
		this.httpStatus = httpStatus;
		this.code = code;
	}

	/** A WeCom or DingTalk-oapi error: HTTP 200, {@code errcode}. */
	public static ApiError errcode(int errcode, String errmsg) {
		return new ApiError(200, Integer.toString(errcode), errmsg);
	}

	/** A DingTalk api.dingtalk.com error. */
	public static ApiError openApi(int httpStatus, String code, String message) {
		return new ApiError(httpStatus, code, message);
	}

	/** Adds a field to the error body (e.g. WeCom's {@code invaliduser} beside 81013). */
	public ApiError with(String field, String value) {
		extra.put(field, value);
		return this;
	}

	public java.util.Map<String, String> extra() {
		return java.util.Collections.unmodifiableMap(extra);
	}

	public int httpStatus() {
		return httpStatus;
	}

	public String code() {
		return code;
	}

}
