package dev.baton.emulator.limit;

import java.time.Duration;

/** Something that goes wrong on purpose. */
public sealed interface Fault permits Fault.Delay, Fault.HttpStatus, Fault.ErrorCode {

    /** The answer comes late (then normally, unless another fault applies). */
    record Delay(Duration duration) implements Fault {
    }

    /** The gateway answers with this HTTP status (e.g. 502, 503) and a non-JSON body; nothing is delivered. */
    record HttpStatus(int status) implements Fault {
    }

    /**
     * The platform refuses with this code: an errcode (HTTP 200) on WeCom and DingTalk oapi endpoints, an OpenAPI
     * {@code code} with {@code httpStatus} on api.dingtalk.com endpoints. Nothing is delivered.
     */
    record ErrorCode(String code, int httpStatus, String message) implements Fault {
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

    /** An OpenAPI error such as 500 {@code system.busy}. */
    static Fault openApiError(int httpStatus, String code) {
        return new ErrorCode(code, httpStatus, "emulated error " + code);
    }
}
