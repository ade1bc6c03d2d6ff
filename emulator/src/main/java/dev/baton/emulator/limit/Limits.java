package dev.baton.emulator.limit;

import dev.baton.emulator.Api;
import dev.baton.emulator.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platforms' limits, each changeable at any time (tests make them small). Every
 * default is a documented figure; a limit whose figure the platform does not publish is
 * off until a test sets it.
 *
 * <ul>
 * <li>calls per app per API: DingTalk 20 QPS on a standard-edition org (90018 / 403
 * QpsLimitForAppkeyAndApi; open.dingtalk.com
 * how-to-process-api-throttling-on-the-dingtalk-server, 2026-05-09);</li>
 * <li>calls per corp per API: WeCom 10,000 a minute and 150,000 an hour, blocked 60 s /
 * 60 min once exceeded (45009; developer.work.weixin.qq.com/document/path/90454,
 * 2023-08-28). Sending app messages does not count ("发消息频率不计入基础频率");</li>
 * <li>calls per IP: WeCom per API 20,000 a minute and 600,000 an hour, blocked likewise
 * (45009, doc 90454); DingTalk any API 10,000 in 20 s, then banned 5 minutes, answered
 * with a page instead of an errcode (throttling doc);</li>
 * <li>calls per API across all orgs: DingTalk's global limit (90002 / 403
 * QpsLimitForApi), figure unpublished: off by default;</li>
 * <li>calls per org per natural month: DingTalk standard edition 5,000 (90020 / 403
 * ApiCountLimitForOrg), not counting tokens and contacts reads
 * (basic-interfaces-such-as-log-off-and-address-book, 2026-07-22);</li>
 * <li>concurrent calls per corp: WeCom 45033 "api concurrent out of limit", figure
 * unpublished: off by default;</li>
 * <li>recipients per app per natural day: WeCom app messages 200 × the corp's head-count
 * cap (doc 90454), then refused for the rest of the day;</li>
 * <li>messages per app per member: WeCom 30 a minute and 1,000 an hour, dropped without
 * an error (doc 90454); DingTalk work notifications 500 a day (143105, dropped);</li>
 * <li>recipients per app and per org in a window: DingTalk work notifications 5,000 a
 * minute per app (143103, dropped), per org unpublished (143104); DingTalk robot
 * batchSend "send too fast", unpublished, answered in
 * {@code flowControlledStaffIdList};</li>
 * <li>recipients per call (refused).</li>
 * </ul>
 */
public final class Limits {

	/** Both platforms count days and months in China's time. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** DingTalk APIs outside the monthly quota: access tokens and contacts reads. */
	private static final Set<Api> DINGTALK_UNMETERED = EnumSet.of(Api.DINGTALK_ACCESS_TOKEN, Api.DINGTALK_GET_TOKEN,
			Api.DINGTALK_DEPARTMENT_GET, Api.DINGTALK_DEPARTMENT_LIST_SUB, Api.DINGTALK_USER_LIST,
			Api.DINGTALK_USER_GET, Api.DINGTALK_USER_GET_BY_MOBILE, Api.DINGTALK_SESSION_WEBHOOK,
			Api.DINGTALK_STREAM_OPEN);

	private final Map<Api, List<RateLimit>> appRates = new EnumMap<>(Api.class);

	private final Map<Api, List<RateLimit>> corpRates = new EnumMap<>(Api.class);

	private final Map<Api, List<RateLimit>> ipRates = new EnumMap<>(Api.class);

	private final Map<Platform, List<RateLimit>> platformIpRates = new EnumMap<>(Platform.class);

	private final Map<Api, List<RateLimit>> globalRates = new EnumMap<>(Api.class);

	private final Map<Api, List<RateLimit>> memberRates = new EnumMap<>(Api.class);

	private final Map<Api, List<RateLimit>> appRecipientRates = new EnumMap<>(Api.class);

	private final Map<Api, List<RateLimit>> orgRecipientRates = new EnumMap<>(Api.class);

	private final Map<Api, Integer> maxRecipients = new EnumMap<>(Api.class);

	private final Map<Api, Integer> appDailyRecipients = new EnumMap<>(Api.class);

	private final Map<Platform, Integer> monthlyCalls = new EnumMap<>(Platform.class);

	private final Map<Platform, Integer> concurrency = new EnumMap<>(Platform.class);

	private final SlidingWindowCounter appCounter = new SlidingWindowCounter();

	private final SlidingWindowCounter corpCounter = new SlidingWindowCounter();

	private final SlidingWindowCounter ipCounter = new SlidingWindowCounter();

	private final SlidingWindowCounter globalCounter = new SlidingWindowCounter();

	private final SlidingWindowCounter memberCounter = new SlidingWindowCounter();

	private final SlidingWindowCounter recipientCounter = new SlidingWindowCounter();

	private final Map<String, AtomicInteger> monthCounts = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> dayCounts = new ConcurrentHashMap<>();

	private final Set<String> blockedDays = ConcurrentHashMap.newKeySet();

	private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	// a robot's sessionWebhook (the same API as on the replies branch, so the two merge
	// as one)
	private final SlidingWindowCounter sessionCounter = new SlidingWindowCounter();

	private final Map<String, Long> sessionBlockedUntil = new ConcurrentHashMap<>();

	private List<RateLimit> sessionRates = List.of();

	private Duration sessionBlock = Duration.ZERO;

	/** The documented defaults (see the class comment). */
	public static Limits defaults() {
		Limits limits = new Limits();
		for (Api api : Api.values()) {
			if (api.platform() == Platform.WECOM) {
				if (api != Api.WECOM_MESSAGE_SEND) {
					limits.corpRate(api, RateLimit.perMinute(10_000).blockingFor(Duration.ofSeconds(60)),
							RateLimit.perHour(150_000).blockingFor(Duration.ofMinutes(60)));
					limits.ipRate(api, RateLimit.perMinute(20_000).blockingFor(Duration.ofSeconds(60)),
							RateLimit.perHour(600_000).blockingFor(Duration.ofMinutes(60)));
				}
			}
			else {
				limits.appRate(api, RateLimit.perSecond(20));
			}
		}
		limits.ipRate(Platform.DINGTALK, new RateLimit(10_000, Duration.ofSeconds(20), Duration.ofMinutes(5)));
		limits.monthlyCalls(Platform.DINGTALK, 5_000);
		limits.appDailyRecipients(Api.WECOM_MESSAGE_SEND, 200 * 200);
		limits.memberRate(Api.WECOM_MESSAGE_SEND, RateLimit.perMinute(30), RateLimit.perHour(1000));
		limits.memberRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perDay(500));
		limits.appRecipientRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perMinute(5_000));
		limits.maxRecipients(Api.WECOM_MESSAGE_SEND, 1000);
		limits.maxRecipients(Api.WECOM_UPDATE_TEMPLATE_CARD, 1000);
		limits.maxRecipients(Api.WECOM_APPCHAT_CREATE, 2000);
		limits.maxRecipients(Api.DINGTALK_ROBOT_BATCH_SEND, 20);
		limits.maxRecipients(Api.DINGTALK_WORK_NOTIFICATION, 100);
		// ASSUMED (dingtalk.md §1.3): DingTalk publishes no limit for a robot's
		// sessionWebhook; the one documented
		// for robot webhooks (custom robots: 20 messages a minute, then throttled for 10
		// minutes) is applied to each
		// sessionWebhook, so a bot that relies on more is caught here
		limits.sessionWebhookRate(Duration.ofMinutes(10), RateLimit.perMinute(20));
		return limits;
	}

	/** Replaces the per-app limits of an API (no arguments: unlimited). */
	public synchronized Limits appRate(Api api, RateLimit... limits) {
		appRates.put(api, List.of(limits));
		return this;
	}

	/** Replaces the per-app limits of every API of a platform. */
	public synchronized Limits appRate(Platform platform, RateLimit... limits) {
		for (Api api : Api.values()) {
			if (api.platform() == platform) {
				appRate(api, limits);
			}
		}
		return this;
	}

	/**
	 * Replaces the per-corp limits of an API (WeCom's base frequency; no arguments:
	 * unlimited).
	 */
	public synchronized Limits corpRate(Api api, RateLimit... limits) {
		corpRates.put(api, List.of(limits));
		return this;
	}

	/** Replaces the per-IP limits of one API (WeCom). */
	public synchronized Limits ipRate(Api api, RateLimit... limits) {
		ipRates.put(api, List.of(limits));
		return this;
	}

	/** Replaces the per-IP limits over every API of a platform together (DingTalk). */
	public synchronized Limits ipRate(Platform platform, RateLimit... limits) {
		platformIpRates.put(platform, List.of(limits));
		return this;
	}

	/** Replaces the limits of an API across all apps and orgs (DingTalk 90002). */
	public synchronized Limits globalRate(Api api, RateLimit... limits) {
		globalRates.put(api, List.of(limits));
		return this;
	}

	/** Replaces the per-member limits of an API (no arguments: unlimited). */
	public synchronized Limits memberRate(Api api, RateLimit... limits) {
		memberRates.put(api, List.of(limits));
		return this;
	}

	/**
	 * Replaces the recipients-per-app limits of a sending API (143103; batchSend flow
	 * control).
	 */
	public synchronized Limits appRecipientRate(Api api, RateLimit... limits) {
		appRecipientRates.put(api, List.of(limits));
		return this;
	}

	/** Replaces the recipients-per-org limits of a sending API (143104). */
	public synchronized Limits orgRecipientRate(Api api, RateLimit... limits) {
		orgRecipientRates.put(api, List.of(limits));
		return this;
	}

	public synchronized Limits maxRecipients(Api api, int max) {
		maxRecipients.put(api, max);
		return this;
	}

	public synchronized int maxRecipients(Api api) {
		return maxRecipients.getOrDefault(api, Integer.MAX_VALUE);
	}

	/**
	 * Recipients per app per natural day of a sending API (WeCom: 200 × head-count cap;
	 * negative: unlimited).
	 */
	public synchronized Limits appDailyRecipients(Api api, int max) {
		appDailyRecipients.put(api, max);
		return this;
	}

	/**
	 * Metered calls per org per natural month (DingTalk standard edition 5,000; negative:
	 * unlimited).
	 */
	public synchronized Limits monthlyCalls(Platform platform, int max) {
		monthlyCalls.put(platform, max);
		return this;
	}

	/** Concurrent calls per corp (WeCom 45033; negative: unlimited). */
	public synchronized Limits concurrency(Platform platform, int max) {
		concurrency.put(platform, max);
		return this;
	}

	/**
	 * Replaces the limits of messages through one sessionWebhook and how long a webhook
	 * over them stays throttled (no limits: unlimited).
	 */
	public synchronized Limits sessionWebhookRate(Duration blockedFor, RateLimit... limits) {
		sessionRates = List.of(limits);
		sessionBlock = blockedFor;
		return this;
	}

	/**
	 * Counts one message through the sessionWebhook {@code session}; false when it is
	 * over its limit, and then the webhook stays throttled for the configured block.
	 */
	public boolean trySession(String session, long nowMillis) {
		List<RateLimit> limits;
		Duration block;
		synchronized (this) {
			limits = sessionRates;
			block = sessionBlock;
		}
		Long until = sessionBlockedUntil.get(session);
		if (until != null && until > nowMillis) {
			return false;
		}
		if (sessionCounter.tryAcquire("session|" + session, nowMillis, limits)) {
			return true;
		}
		sessionBlockedUntil.put(session, nowMillis + block.toMillis());
		return false;
	}

	/** Whether an API counts against its platform's monthly quota. */
	public static boolean metered(Api api) {
		return api.platform() == Platform.DINGTALK && !DINGTALK_UNMETERED.contains(api);
	}

	/** Forgets all counted events and blocks (limits stay as configured). */
	public void resetCounters() {
		appCounter.clear();
		corpCounter.clear();
		ipCounter.clear();
		globalCounter.clear();
		memberCounter.clear();
		recipientCounter.clear();
		monthCounts.clear();
		dayCounts.clear();
		blockedDays.clear();
		sessionCounter.clear();
		sessionBlockedUntil.clear();
	}

	private synchronized <K> List<RateLimit> get(Map<K, List<RateLimit>> map, K key) {
		return map.getOrDefault(key, List.of());
	}

	/**
	 * Counts a call of {@code app} to {@code api}; false when over the limit (the call is
	 * then not counted).
	 */
	public boolean tryCall(Api api, String app, long nowMillis) {
		return appCounter.tryAcquire(api + "|" + app, nowMillis, get(appRates, api));
	}

	/**
	 * Counts a call of the corp to {@code api}; false when over the limit or still
	 * blocked.
	 */
	public boolean tryCorp(Api api, String corp, long nowMillis) {
		return corpCounter.tryAcquire(api + "|" + corp, nowMillis, get(corpRates, api));
	}

	/**
	 * Counts a call from an IP (per API, and per platform); false when over a limit or
	 * still blocked.
	 */
	public boolean tryIp(Api api, String ip, long nowMillis) {
		return ipCounter.tryAcquire(api.platform() + "|" + ip, nowMillis, get(platformIpRates, api.platform()))
				&& ipCounter.tryAcquire(api + "|" + ip, nowMillis, get(ipRates, api));
	}

	/**
	 * Counts a call to {@code api} across every app and org; false when over the limit.
	 */
	public boolean tryGlobal(Api api, long nowMillis) {
		return globalCounter.tryAcquire(api.name(), nowMillis, get(globalRates, api));
	}

	/**
	 * Counts one message of {@code app} to {@code member}; false when the member's limit
	 * is reached.
	 */
	public boolean tryMember(Api api, String app, String member, long nowMillis) {
		return memberCounter.tryAcquire(api + "|" + app + "|" + member, nowMillis, get(memberRates, api));
	}

	/**
	 * Counts one recipient for the app's and the org's windows; false (counting neither)
	 * when one is full.
	 */
	public boolean tryRecipient(Api api, String app, String corp, long nowMillis, RecipientRefusal[] why) {
		if (!recipientCounter.tryAcquire("app|" + api + "|" + app, nowMillis, get(appRecipientRates, api))) {
			why[0] = RecipientRefusal.APP;
			return false;
		}
		if (!recipientCounter.tryAcquire("org|" + api + "|" + corp, nowMillis, get(orgRecipientRates, api))) {
			why[0] = RecipientRefusal.ORG;
			return false;
		}
		return true;
	}

	/** Which recipients window refused a recipient. */
	public enum RecipientRefusal {

		APP, ORG

	}

	/**
	 * Counts {@code recipients} against the app's daily quota of a sending API; false
	 * when they do not fit, and then the app is refused for the rest of the natural day.
	 */
	public boolean tryAppDay(Api api, String app, int recipients, Instant now) {
		int max;
		synchronized (this) {
			max = appDailyRecipients.getOrDefault(api, -1);
		}
		if (max < 0) {
			return true;
		}
		String key = api + "|" + app + "|" + LocalDate.ofInstant(now, CHINA);
		if (blockedDays.contains(key)) {
			return false;
		}
		AtomicInteger count = dayCounts.computeIfAbsent(key, k -> new AtomicInteger());
		int after = count.addAndGet(recipients);
		if (after > max) {
			count.addAndGet(-recipients);
			blockedDays.add(key);
			return false;
		}
		return true;
	}

	/**
	 * Counts a metered call of the org this natural month; false when the month's quota
	 * is used up.
	 */
	public boolean tryMonth(Api api, String corp, Instant now) {
		if (!metered(api)) {
			return true;
		}
		int max;
		synchronized (this) {
			max = monthlyCalls.getOrDefault(api.platform(), -1);
		}
		if (max < 0) {
			return true;
		}
		AtomicInteger count = monthCounts.computeIfAbsent(
				api.platform() + "|" + corp + "|" + YearMonth.from(now.atZone(CHINA)), k -> new AtomicInteger());
		if (count.incrementAndGet() > max) {
			count.decrementAndGet();
			return false;
		}
		return true;
	}

	/** The org's metered calls this natural month. */
	public int monthCalls(Platform platform, String corp, Instant now) {
		AtomicInteger count = monthCounts.get(platform + "|" + corp + "|" + YearMonth.from(now.atZone(CHINA)));
		return count == null ? 0 : count.get();
	}

	/**
	 * Takes a slot for a call of the corp; false when its concurrent calls are at the
	 * limit.
	 */
	public boolean enter(Platform platform, String corp) {
		int max;
		synchronized (this) {
			max = concurrency.getOrDefault(platform, -1);
		}
		AtomicInteger n = inFlight.computeIfAbsent(platform + "|" + corp, k -> new AtomicInteger());
		if (n.incrementAndGet() > max && max >= 0) {
			n.decrementAndGet();
			return false;
		}
		return true;
	}

	/** Gives back the slot {@link #enter} took. */
	public void exit(Platform platform, String corp) {
		AtomicInteger n = inFlight.get(platform + "|" + corp);
		if (n != null) {
			n.decrementAndGet();
		}
	}

}
