package dev.baton.emulator.limit;

import java.time.Duration;

/** Something that goes wrong on purpose. */
public sealed interface Fault permits Fault.Delay, Fault.HttpStatus, Fault.ErrorCode {

	/** The answer comes late (then normally, unless another fault applies). */
	record Delay(Duration duration) implements Fault {
	}

	/**
	 * The gateway answers with this HTTP status (e.g. 502, 503) and a non-JSON body;
	 * nothing is delivered.
	 */
	record HttpStatus(int status) implements Fault {
	}

	/**
	 * The platform refuses with this code: an errcode (HTTP 200) on WeCom and DingTalk
	 * oapi endpoints, an OpenAPI {@code code} with {@code httpStatus} on api.dingtalk.com
	 * endpoints. Nothing is delivered.
	 */
	record ErrorCode(String code, int httpStatus, String message,
			java.util.Map<String, String> extra) implements Fault {

		public ErrorCode {
			extra = java.util.Map.copyOf(extra);
		}

		public ErrorCode(String code, int httpStatus, String message) {
			this(code, httpStatus, message, java.util.Map.of());
		}
	}

	static Fault delay(Duration duration) {
		return new Delay(duration);
	}

	static Fault httpStatus(int status) {
		return new HttpStatus(status);
	}

	/** An errcode such as -1 (busy), 45009 or 90018. */
	static Fault errcode(int errcode) {
		return new ErrorCode(Integer.toString(errcode), 200, "emulated error " + errcode);
	}

	/**
	 * DingTalk oapi's errcode 88 with a {@code sub_code}: "如果最外层errcode =
	 * 88，表示请求失败，需要关注下返回结果里的sub_code和 sub_msg" (open.dingtalk.com server-api-error-codes),
	 * e.g. sub_code 60011 "没有调用该接口的权限" (no permission: permanent until an administrator
	 * grants it) or an empty sub_code for a timeout (transient).
	 */
	static Fault dingTalkSubCode(String subCode, String subMsg) {
		return new ErrorCode("88", 200, "ding talk error[subcode=" + subCode + ",submsg=" + subMsg + "]",
				java.util.Map.of("sub_code", subCode, "sub_msg", subMsg));
	}

	/** An OpenAPI error such as 500 {@code system.busy}. */
	static Fault openApiError(int httpStatus, String code) {
		return new ErrorCode(code, httpStatus, "emulated error " + code);
	}

}
