package dev.baton.emulator.wecom;

import dev.baton.emulator.http.ApiError;

/**
 * WeCom errcodes. Documented (wecom.md §4): -1, 40001, 40013, 40014, 41001, 42001, 45009, 60020, 81013, 44004, 45002,
 * 40056, 40008, 47001. The rest are the emulator's best guess where the documentation names no code (marked ASSUMED).
 */
final class WeComErrors {

    static final int INVALID_SECRET = 40001;
    static final int INVALID_CORP_ID = 40013;
    static final int INVALID_TOKEN = 40014;
    static final int MISSING_TOKEN = 41001;
    static final int TOKEN_EXPIRED = 42001;
    static final int FREQUENCY = 45009;
    static final int IP_NOT_ALLOWED = 60020;
    static final int ALL_RECIPIENTS_INVALID = 81013;
    static final int EMPTY_CONTENT = 44004;
    static final int CONTENT_TOO_LONG = 45002;
    static final int INVALID_AGENT_ID = 40056;
    static final int INVALID_MSG_TYPE = 40008;
    /** Not the documented meaning of a list, but WeCom's "invalid UserID list". */
    static final int INVALID_USER_LIST = 40031;
    /** ASSUMED: generic "invalid parameter" for limits the doc states without a code. */
    static final int INVALID_PARAMETER = 40058;
    /** ASSUMED: unknown chatid. */
    static final int CHAT_NOT_FOUND = 86003;
    /** ASSUMED: chatid already in use. */
    static final int CHAT_EXISTS = 86215;

    private WeComErrors() {
    }

    static ApiError of(int errcode, String errmsg) {
        return ApiError.errcode(errcode, errmsg);
    }

    static ApiError invalid(String what) {
        return ApiError.errcode(INVALID_PARAMETER, "invalid parameter: " + what);
    }

    static ApiError throttled() {
        return ApiError.errcode(FREQUENCY, "api freq out of limit");
    }

    static ApiError ipRefused(String ip) {
        return ApiError.errcode(IP_NOT_ALLOWED, "not allow to access from your ip, from ip: " + ip);
    }
}
