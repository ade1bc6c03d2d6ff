package dev.baton.integrations.wecom;

import java.time.Duration;
import java.util.Set;

import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import me.chanjar.weixin.common.error.WxErrorException;

/**
 * WeCom error codes as transient (try later, and how long the refusal lasts) or permanent
 * (a dead letter); reference: wecom.md §4,
 * developer.work.weixin.qq.com/document/path/90454 (a minute-level frequency block lasts
 * 60 s) and 90313 (45033 "api concurrent out of limit").
 */
final class WeComErrors {

	/**
	 * -1 busy, 45009 frequency, 45033 concurrency, 42001/40014 tokens (WxJava already
	 * refreshed once).
	 */
	private static final Set<Integer> TRANSIENT = Set.of(-1, 45009, 45033, 42001, 40014, 41001);

	/**
	 * 按分钟拦截则被屏蔽60秒 (doc 90454): a retry before then is refused again and extends nothing.
	 */
	static final Duration FREQUENCY_BLOCK = Duration.ofSeconds(60);

	/** Too many calls at once: worth trying again as soon as others finish. */
	static final Duration CONCURRENCY_WAIT = Duration.ofSeconds(1);

	private WeComErrors() {
	}

	static int code(WxErrorException ex) {
		return ex.getError() == null ? Integer.MIN_VALUE : ex.getError().getErrorCode();
	}

	static PlatformException of(WxErrorException ex) {
		if (ex.getError() == null) {
			return new PlatformException(Platform.WECOM, "io", String.valueOf(ex.getMessage()), true, ex);
		}
		int code = ex.getError().getErrorCode();
		return new PlatformException(Platform.WECOM, Integer.toString(code), explain(code, ex.getError().getErrorMsg()),
				TRANSIENT.contains(code), retryAfter(code), ex);
	}

	static Duration retryAfter(int code) {
		return switch (code) {
			case 45009 -> FREQUENCY_BLOCK;
			case 45033 -> CONCURRENCY_WAIT;
			default -> null;
		};
	}

	static PlatformException of(RuntimeException ex) {
		// WxJava wraps I/O failures and HTTP errors in runtime exceptions: the network,
		// not the message, failed
		return new PlatformException(Platform.WECOM, "io", String.valueOf(ex.getMessage()), true, ex);
	}

	/** Plain words for the failures an administrator can fix. */
	static String explain(int code, String message) {
		return switch (code) {
			case 60020 ->
				"this server's IP is not among the app's trusted IPs (企业可信IP): add it in the WeCom admin console";
			case 40001 -> "wrong app secret (corpsecret)";
			case 40013 -> "wrong corpId";
			case 40056 -> "wrong agentId";
			case 48002 ->
				"this secret may not call this API (user/list_id takes the contact-sync secret, 管理工具 → 通讯录同步)";
			case 48009 ->
				"the contact-sync secret may not read contact details from a new IP since 2022-08-15: details are read with the app's own secret, within its visible range";
			case 60011 ->
				"outside the app's visible range (可见范围): add the member or department to the app's visible range";
			case 60111 -> "no such userid in WeCom";
			case 60123 -> "no such department in WeCom";
			case 46004 -> "no WeCom member has this mobile";
			case 41004 -> "the contact-sync secret is missing";
			case 81013 -> "no recipient is within the app's visible range";
			case 45002 -> "content too long (over 2048 bytes)";
			default -> message;
		};
	}

}
