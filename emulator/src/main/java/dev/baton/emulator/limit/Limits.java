package dev.baton.emulator.limit;

import dev.baton.emulator.Api;
import dev.baton.emulator.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The platforms' limits, changeable at any time: calls per app per API (answered with 45009 / 90018 /
 * 403 QpsLimitForAppkeyAndApi), messages per app per member (silently dropped, as the platforms do), and recipients
 * per call (refused).
 */
public final class Limits {

    private final Map<Api, List<RateLimit>> appRates = new EnumMap<>(Api.class);
    private final Map<Api, List<RateLimit>> memberRates = new EnumMap<>(Api.class);
    private final Map<Api, Integer> maxRecipients = new EnumMap<>(Api.class);
    private final SlidingWindowCounter appCounter = new SlidingWindowCounter();
    private final SlidingWindowCounter memberCounter = new SlidingWindowCounter();
    private final SlidingWindowCounter sessionCounter = new SlidingWindowCounter();
    private final Map<String, Long> sessionBlockedUntil = new java.util.concurrent.ConcurrentHashMap<>();
    private List<RateLimit> sessionRates = List.of();
    private java.time.Duration sessionBlock = java.time.Duration.ZERO;

    /** The documented defaults (wecom.md §3–4, dingtalk.md §3, §5). */
    public static Limits defaults() {
        Limits limits = new Limits();
        for (Api api : Api.values()) {
            limits.appRate(api, api.platform() == Platform.WECOM
                    ? RateLimit.perMinute(10_000)   // per corp per API (doc 90454), applied per app
                    : RateLimit.perSecond(20));     // per app per API (standard edition)
        }
        limits.memberRate(Api.WECOM_MESSAGE_SEND, RateLimit.perMinute(30), RateLimit.perHour(1000));
        limits.memberRate(Api.DINGTALK_WORK_NOTIFICATION, RateLimit.perDay(500));
        limits.maxRecipients(Api.WECOM_MESSAGE_SEND, 1000);
        limits.maxRecipients(Api.WECOM_UPDATE_TEMPLATE_CARD, 1000);
        limits.maxRecipients(Api.WECOM_APPCHAT_CREATE, 2000);
        limits.maxRecipients(Api.DINGTALK_ROBOT_BATCH_SEND, 20);
        limits.maxRecipients(Api.DINGTALK_WORK_NOTIFICATION, 100);
        // ASSUMED (dingtalk.md §1.3): DingTalk publishes no limit for a robot's sessionWebhook; the one documented
        // for robot webhooks (custom robots: 20 messages a minute, then throttled for 10 minutes) is applied to each
        // sessionWebhook, so a bot that relies on more is caught here
        limits.sessionWebhookRate(java.time.Duration.ofMinutes(10), RateLimit.perMinute(20));
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

    /** Replaces the per-member limits of an API (no arguments: unlimited). */
    public synchronized Limits memberRate(Api api, RateLimit... limits) {
        memberRates.put(api, List.of(limits));
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
     * Replaces the limits of messages through one sessionWebhook and how long a webhook over them stays throttled
     * (no limits: unlimited).
     */
    public synchronized Limits sessionWebhookRate(java.time.Duration blockedFor, RateLimit... limits) {
        sessionRates = List.of(limits);
        sessionBlock = blockedFor;
        return this;
    }

    /** Forgets all counted events (limits stay as configured). */
    public void resetCounters() {
        appCounter.clear();
        memberCounter.clear();
        sessionCounter.clear();
        sessionBlockedUntil.clear();
    }

    /**
     * Counts one message through the sessionWebhook {@code session}; false when it is over its limit, and then the
     * webhook stays throttled for the configured block.
     */
    public boolean trySession(String session, long nowMillis) {
        List<RateLimit> limits;
        java.time.Duration block;
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

    /** Counts a call of {@code app} to {@code api}; false when over the limit (the call is then not counted). */
    public boolean tryCall(Api api, String app, long nowMillis) {
        List<RateLimit> limits;
        synchronized (this) {
            limits = appRates.getOrDefault(api, List.of());
        }
        return appCounter.tryAcquire(api + "|" + app, nowMillis, limits);
    }

    /** Counts one message of {@code app} to {@code member}; false when the member's limit is reached. */
    public boolean tryMember(Api api, String app, String member, long nowMillis) {
        List<RateLimit> limits;
        synchronized (this) {
            limits = memberRates.getOrDefault(api, List.of());
        }
        return memberCounter.tryAcquire(api + "|" + app + "|" + member, nowMillis, limits);
    }
}
