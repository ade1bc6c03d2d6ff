package dev.baton.emulator.wecom;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.account.WeComContactSync;
import dev.baton.emulator.token.TokenStore;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The emulated WeCom: its apps, the corps' contact-sync helpers, members, departments,
 * app chats and tokens, and the controls tests use on them.
 */
public final class WeComPlatform {

	/**
	 * WeCom's default head-count cap of a corp (人数上限); getuserid misses are budgeted
	 * against 20% of it.
	 */
	static final int DEFAULT_MEMBER_CAP = 200;

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final List<WeComApp> apps = new CopyOnWriteArrayList<>();

	private final List<WeComContactSync> contactSyncs = new CopyOnWriteArrayList<>();

	private final Map<String, VisibleRange> visibleRanges = new ConcurrentHashMap<>();

	private final Set<String> legacyFieldApps = ConcurrentHashMap.newKeySet();

	private final Map<String, Integer> getUserIdMisses = new ConcurrentHashMap<>();

	private volatile int memberCap = DEFAULT_MEMBER_CAP;

	private final Directory directory = new Directory(true);

	private final TokenStore tokens;

	private final dev.baton.emulator.account.SignInCodes signInCodes;

	private final ResponseCodes responseCodes;

	private final DuplicateCheck duplicateCheck = new DuplicateCheck();

	private final Set<String> ipRefused = ConcurrentHashMap.newKeySet();

	private final Map<String, Set<String>> taskIds = new ConcurrentHashMap<>();

	private final EmulatorClock clock;

	private final dev.baton.emulator.media.MediaStore media = new dev.baton.emulator.media.MediaStore();

	public WeComPlatform(EmulatorClock clock, Random random, Duration tokenTtl) {
		this.clock = clock;
		this.tokens = new TokenStore(clock, random, tokenTtl, TokenStore.Reuse.SAME_REMAINING);
		this.responseCodes = new ResponseCodes(random);
		this.signInCodes = new dev.baton.emulator.account.SignInCodes(clock, random);
	}

	/**
	 * Signing in to apps with WeCom: who is signed in to WeCom in the browser or client,
	 * and the OAuth 2 codes of the web login (SSO) and of {@code snsapi_base} in the
	 * client, one store for both (the same exchange reads them).
	 */
	public dev.baton.emulator.account.SignInCodes signIn() {
		return signInCodes;
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
		return apps.stream().anyMatch(a -> a.corpId().equals(corpId))
				|| contactSyncs.stream().anyMatch(c -> c.corpId().equals(corpId));
	}

	Optional<WeComApp> appBySecret(String corpId, String secret) {
		return apps.stream().filter(a -> a.corpId().equals(corpId) && a.secret().equals(secret)).findFirst();
	}

	/**
	 * Turns on the corp's contact-sync helper (管理工具 → 通讯录同步 → API 接口同步) with its secret
	 * and event server.
	 */
	public WeComPlatform addContactSync(WeComContactSync contactSync) {
		contactSyncs.add(contactSync);
		return this;
	}

	/** The contact-sync helper of the first app's corp. */
	public WeComContactSync contactSync() {
		return contactSync(app().corpId()).orElseThrow(() -> new IllegalStateException("no contact-sync helper"));
	}

	public Optional<WeComContactSync> contactSync(String corpId) {
		return contactSyncs.stream().filter(c -> c.corpId().equals(corpId)).findFirst();
	}

	Optional<WeComContactSync> contactSyncBySecret(String corpId, String secret) {
		return contactSyncs.stream().filter(c -> c.corpId().equals(corpId) && c.secret().equals(secret)).findFirst();
	}

	/** Who holds a token: an app, or a corp's contact-sync helper. */
	Optional<WeComCaller> caller(String tokenOwner) {
		Optional<WeComCaller> app = app(tokenOwner).map(WeComCaller::of);
		if (app.isPresent()) {
			return app;
		}
		return contactSyncs.stream().filter(c -> c.id().equals(tokenOwner)).findFirst().map(WeComCaller::of);
	}

	/**
	 * The app's visible range (可见范围): the departments (with everything below them) and
	 * members it may read and message. By default the root department, i.e. everyone.
	 */
	public void visibleRange(WeComApp app, Collection<String> departmentIds, Collection<String> userIds) {
		visibleRanges.put(app.id(), new VisibleRange(Set.copyOf(departmentIds), Set.copyOf(userIds)));
	}

	VisibleRange visibleRange(String appId) {
		return visibleRanges.getOrDefault(appId, VisibleRange.EVERYONE);
	}

	/**
	 * Whether the app was created before 2022-06-20 20:00, when WeCom stopped giving new
	 * self-built apps a member's mobile, gender, email, avatar, address and personal QR
	 * code (user/get and change_contact). Default: created after, as every app set up for
	 * Baton is.
	 */
	public void createdBefore2022Rules(WeComApp app, boolean before) {
		if (before) {
			legacyFieldApps.add(app.id());
		}
		else {
			legacyFieldApps.remove(app.id());
		}
	}

	/**
	 * Whether the app gets mobiles and the other fields WeCom withholds from apps created
	 * after 2022-06-20.
	 */
	public boolean seesSensitiveFields(String appId) {
		return legacyFieldApps.contains(appId);
	}

	/**
	 * The corp's head-count cap (人数上限, default 200): user/getuserid allows misses up to
	 * 20% of it a day.
	 */
	public void memberCap(int cap) {
		this.memberCap = cap;
	}

	/**
	 * Counts a getuserid miss of the corp today (Beijing); true while the day's misses
	 * stay within the budget.
	 */
	boolean recordGetUserIdMiss(String corpId) {
		return getUserIdMisses.merge(missKey(corpId), 1, Integer::sum) <= missBudget();
	}

	/**
	 * Whether the corp's getuserid is blocked for the rest of the day (Beijing) after too
	 * many misses.
	 */
	boolean getUserIdBlocked(String corpId) {
		return getUserIdMisses.getOrDefault(missKey(corpId), 0) > missBudget();
	}

	private int missBudget() {
		return Math.max(1, memberCap / 5);
	}

	private String missKey(String corpId) {
		return corpId + "|" + LocalDate.ofInstant(clock.instant(), BEIJING);
	}

	/** The corp's members (one directory for all apps; user ids are case-insensitive). */
	/** The temporary media apps uploaded (media/upload), by media id. */
	public dev.baton.emulator.media.MediaStore media() {
		return media;
	}

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

	/**
	 * Calls of the app are refused with 60020 (the caller's IP is not a trusted IP) while
	 * set.
	 */
	public void refuseCallerIp(WeComApp app, boolean refuse) {
		refuseCallerIp(app.id(), refuse);
	}

	/** Calls with the contact-sync helper's token are refused with 60020 while set. */
	public void refuseCallerIp(WeComContactSync contactSync, boolean refuse) {
		refuseCallerIp(contactSync.id(), refuse);
	}

	private void refuseCallerIp(String id, boolean refuse) {
		if (refuse) {
			ipRefused.add(id);
		}
		else {
			ipRefused.remove(id);
		}
	}

	boolean ipRefused(String appId) {
		return ipRefused.contains(appId);
	}

	/**
	 * A response code as a click callback carries it: allows one update of the card with
	 * {@code taskId} for the clicking user within 72 hours.
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
