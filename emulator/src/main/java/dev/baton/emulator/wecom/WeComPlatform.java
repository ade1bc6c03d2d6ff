package dev.baton.emulator.wecom;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.token.TokenStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The emulated WeCom: its apps, members, app chats and tokens, and the controls tests use on them. */
public final class WeComPlatform {

    private final List<WeComApp> apps = new CopyOnWriteArrayList<>();
    private final Directory directory = new Directory(true);
    private final TokenStore tokens;
    private final ResponseCodes responseCodes;
    private final DuplicateCheck duplicateCheck = new DuplicateCheck();
    private final Set<String> ipRefused = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> taskIds = new ConcurrentHashMap<>();
    private final EmulatorClock clock;

    public WeComPlatform(EmulatorClock clock, Random random, Duration tokenTtl) {
        this.clock = clock;
        this.tokens = new TokenStore(clock, random, tokenTtl, false);
        this.responseCodes = new ResponseCodes(random);
    }

    public WeComPlatform addApp(WeComApp app) {
        apps.add(app);
        return this;
    }

    public List<WeComApp> apps() {
        return List.copyOf(apps);
    }

    /** The first app (the one most tests need). */
    public WeComApp app() {
        return apps.get(0);
    }

    public Optional<WeComApp> app(String appId) {
        return apps.stream().filter(a -> a.id().equals(appId)).findFirst();
    }

    boolean knowsCorp(String corpId) {
        return apps.stream().anyMatch(a -> a.corpId().equals(corpId));
    }

    Optional<WeComApp> appBySecret(String corpId, String secret) {
        return apps.stream().filter(a -> a.corpId().equals(corpId) && a.secret().equals(secret)).findFirst();
    }

    /** The corp's members (one directory for all apps; user ids are case-insensitive). */
    public Directory directory() {
        return directory;
    }

    public TokenStore tokens() {
        return tokens;
    }

    /** Token lifetime for tokens issued from now on (7200 s by default). */
    public void tokenTtl(Duration ttl) {
        tokens.ttl(ttl);
    }

    /** The app's tokens expire now: calls get 42001. */
    public void expireTokens(WeComApp app) {
        tokens.expireAll(app.id());
    }

    /** The app's tokens are revoked now: calls get 40014. */
    public void invalidateTokens(WeComApp app) {
        tokens.invalidateAll(app.id());
    }

    /** Calls of the app are refused with 60020 (the caller's IP is not a trusted IP) while set. */
    public void refuseCallerIp(WeComApp app, boolean refuse) {
        if (refuse) {
            ipRefused.add(app.id());
        } else {
            ipRefused.remove(app.id());
        }
    }

    boolean ipRefused(String appId) {
        return ipRefused.contains(appId);
    }

    /**
     * A response code as a click callback carries it: allows one update of the card with {@code taskId} for the
     * clicking user within 72 hours.
     */
    public String issueResponseCode(WeComApp app, String taskId, String userId) {
        return responseCodes.issue(app.id(), taskId, List.of(userId), clock.millis());
    }

    ResponseCodes responseCodes() {
        return responseCodes;
    }

    DuplicateCheck duplicateCheck() {
        return duplicateCheck;
    }

    /** Registers a card's task_id for the app; false when the app already used it. */
    boolean claimTaskId(String appId, String taskId) {
        return taskIds.computeIfAbsent(appId, k -> ConcurrentHashMap.newKeySet()).add(taskId);
    }

    EmulatorClock clock() {
        return clock;
    }
}
