package dev.baton.emulator.wecom;

import dev.baton.emulator.http.ApiError;

/**
 * WeCom errcodes. Documented (wecom.md §4): -1, 40001, 40013, 40014, 41001, 42001, 45009,
 * 60020, 81013, 44004, 45002, 40056, 40008, 47001; the contact APIs' 48002, 48009, 60011,
 * 60111, 60123 (README "WeCom contacts"). The rest are the emulator's best guess where
 * the documentation names no code (marked ASSUMED).
 */
final class WeComErrors {

	static final int INVALID_SECRET = 40001;
	static final int INVALID_CORP_ID = 40013;
	static final int INVALID_TOKEN = 40014;
	static final int MISSING_TOKEN = 41001;
	static final int TOKEN_EXPIRED = 42001;
	static final int FREQUENCY = 45009;

	/**
	 * "api concurrent out of limit": too many calls of the corp at once (doc 90313; the
	 * figure is unpublished).
	 */
	static final int CONCURRENCY = 45033;
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

	/** "api forbidden": the token's holder may not call this API (48002, doc 90313). */
	static final int API_FORBIDDEN = 48002;

	/**
	 * "api forbidden for contact assistant": since 2022-08-15 the contact-sync helper may
	 * not read contact details (user/get, department/list, department/get …) from an IP
	 * it had not used before (devtool query e=48009).
	 */
	static final int CONTACT_SYNC_FORBIDDEN = 48009;

	/**
	 * "no privilege to access/modify contact/party/agent": outside the app's visible
	 * range.
	 */
	static final int NO_PRIVILEGE = 60011;

	/** "userid not found". */
	static final int USER_NOT_FOUND = 60111;

	/** "invalid party id": no such department. */
	static final int DEPARTMENT_NOT_FOUND = 60123;

	/**
	 * getuserid: no member with this mobile (the code reported by developers; the doc
	 * page names none).
	 */
	static final int MOBILE_NOT_FOUND = 46004;

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

	/**
	 * WeCom's answers at the call gate: 45009 for the base frequency (per corp per API,
	 * and any per-app limit a test sets), 45033 for concurrency; WeCom has no monthly
	 * quota (doc 90454).
	 */
	static final dev.baton.emulator.http.Refusals REFUSALS = new dev.baton.emulator.http.Refusals(
			WeComErrors::throttled, WeComErrors::throttled, WeComErrors::throttled,
			() -> ApiError.errcode(CONCURRENCY, "api concurrent out of limit"), WeComErrors::throttled);

	static ApiError ipRefused(String ip) {
		return ApiError.errcode(IP_NOT_ALLOWED, "not allow to access from your ip, from ip: " + ip);
	}

}
