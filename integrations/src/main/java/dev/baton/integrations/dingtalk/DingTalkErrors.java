package dev.baton.integrations.dingtalk;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;

/**
 * DingTalk's refusals as transient (with how long the refusal lasts) or permanent, for
 * both API families. Sources: open.dingtalk.com
 * how-to-process-api-throttling-on-the-dingtalk-server (2026-05-09): 90018 /
 * QpsLimitForAppkeyAndApi and 90002 / QpsLimitForApi last a second ("sleep 1秒"), the
 * per-IP ban 5 minutes (a page {"punish":"deny"} instead of an errcode), 90020 /
 * ApiCountLimitForOrg the rest of the natural month; server-api-error-codes-1: -1 busy
 * (retry), 88 "look at sub_code" (60011 no permission: permanent; an empty sub_code or an
 * isp.* one is DingTalk's own timeout: transient).
 */
final class DingTalkErrors {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final Duration QPS_WINDOW = Duration.ofSeconds(1);

	static final Duration IP_BAN = Duration.ofMinutes(5);

	/**
	 * oapi errcodes that pass: busy, timeout, app and global QPS, monthly quota, the
	 * work-notification caps.
	 */
	private static final Set<Long> TRANSIENT = Set.of(-1L, 15L, 90018L, 90002L, 90020L, 143103L, 143104L);

	static final Set<Long> TOKEN_INVALID = Set.of(40014L, 42001L, 41001L);

	/** The code an IP ban is reported under (DingTalk gives none). */
	static final String IP_BANNED = "ip-banned";

	/**
	 * How {@link DingTalkOapi#code} reports the ban page (its {@code "status":1111};
	 * DingTalk gives no errcode).
	 */
	static final long IP_BANNED_ERRCODE = -1111L;

	private static final Clock CLOCK = Clock.systemUTC();

	private DingTalkErrors() {
	}

	/** Whether an oapi errcode (with its sub_code when 88) may pass if tried again. */
	static boolean transientOapi(long code, String subCode) {
		if (code == 88) {
			return subCode == null || subCode.isBlank() || subCode.startsWith("isp.");
		}
		return TRANSIENT.contains(code) || TOKEN_INVALID.contains(code) || code == IP_BANNED_ERRCODE;
	}

	/** How long an oapi refusal lasts, null when DingTalk does not say. */
	static Duration retryAfterOapi(long code) {
		if (code == 90018 || code == 90002 || code == 143103 || code == 143104) {
			return code >= 143103 ? Duration.ofMinutes(1) : QPS_WINDOW;
		}
		if (code == 90020) {
			return untilNextMonth();
		}
		if (code == IP_BANNED_ERRCODE) {
			return IP_BAN;
		}
		return null;
	}

	/** Whether an OpenAPI code (with its HTTP status) may pass if tried again. */
	static boolean transientOpenApi(String code, Integer status) {
		return code.contains("QpsLimit") || code.contains("QpmLimit") || code.contains("ApiCountLimitForOrg")
				|| code.contains("Throttl") || code.contains("too.fast") || code.contains("tooFast")
				|| code.startsWith("ServiceUnavailable") || code.startsWith("InternalError")
				|| "system.busy".equals(code) || "systemBusy".equals(code) || IP_BANNED.equals(code)
				|| (status != null && (status >= 500 || status == 429));
	}

	static Duration retryAfterOpenApi(String code) {
		if (code.contains("ApiCountLimitForOrg")) {
			return untilNextMonth();
		}
		if (IP_BANNED.equals(code)) {
			return IP_BAN;
		}
		if (code.contains("QpmLimit")) {
			return Duration.ofMinutes(1);
		}
		if (code.contains("QpsLimit")) {
			return QPS_WINDOW;
		}
		return null;
	}

	/**
	 * The rest of this natural month in China's time: when a used-up monthly quota comes
	 * back.
	 */
	static Duration untilNextMonth() {
		ZonedDateTime now = ZonedDateTime.now(CLOCK.withZone(CHINA));
		ZonedDateTime next = now.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(CHINA);
		return Duration.between(now, next);
	}

	/** Whether an oapi answer is the per-IP ban's page rather than an API's JSON. */
	static boolean ipBanned(String body) {
		return body != null && body.contains("\"punish\"");
	}

	static PlatformException ipBan(String what) {
		return new PlatformException(Platform.DINGTALK, IP_BANNED,
				what + ": DingTalk banned this server's IP for 5 minutes (more than 10,000 calls in 20 s)", true,
				IP_BAN, null);
	}

}
