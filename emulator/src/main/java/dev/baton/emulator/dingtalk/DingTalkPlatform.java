package dev.baton.emulator.dingtalk;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.token.TokenStore;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The emulated DingTalk: apps, members, groups, tokens, cards, callback routes and robot
 * sessions.
 */
public final class DingTalkPlatform {

	/** DingTalk's root department: the corp itself. */
	public static final String ROOT_DEPARTMENT = "1";

	/** Work notifications count days in China's time. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** sessionWebhook lifetime (about 90 minutes in the documented examples). */
	public static final Duration SESSION_LIFETIME = Duration.ofMinutes(90);

	private final List<DingTalkApp> apps = new CopyOnWriteArrayList<>();

	private final Directory directory = new Directory(false);

	private final TokenStore tokens;

	private final Set<String> ipRefused = ConcurrentHashMap.newKeySet();

	private final Map<String, CardInstance> cards = new ConcurrentHashMap<>();

	private final Map<String, CardCallbackRoute> routes = new ConcurrentHashMap<>();

	private final Map<String, RobotSession> sessions = new ConcurrentHashMap<>();

	private final Map<String, LocalDate> workNotificationsSent = new ConcurrentHashMap<>();

	private final Map<String, Set<ContactPermission>> withheld = new ConcurrentHashMap<>();

	private final Map<String, EventSubscription> eventSubscriptions = new ConcurrentHashMap<>();

	private volatile boolean sameContentOncePerDay = true;

	private final EmulatorClock clock;

	private final dev.baton.emulator.media.MediaStore media = new dev.baton.emulator.media.MediaStore();

	private final Random random;

	private final DingTalkSignIn signIn;

	public DingTalkPlatform(EmulatorClock clock, Random random, Duration tokenTtl) {
		this.clock = clock;
		this.random = random;
		this.tokens = new TokenStore(clock, random, tokenTtl, TokenStore.Reuse.SAME_RENEWED);
		this.signIn = new DingTalkSignIn(clock, random);
	}

	/**
	 * Signing in to apps with DingTalk: browser login, user tokens, the workbench's 免登码.
	 */
	public DingTalkSignIn signIn() {
		return signIn;
	}

	public DingTalkPlatform addApp(DingTalkApp app) {
		apps.add(app);
		return this;
	}

	public List<DingTalkApp> apps() {
		return List.copyOf(apps);
	}

	public DingTalkApp app() {
		return apps.get(0);
	}

	public Optional<DingTalkApp> app(String appKey) {
		return apps.stream().filter(a -> a.appKey().equals(appKey)).findFirst();
	}

	/** The app with these credentials (token calls, Stream connections). */
	public Optional<DingTalkApp> app(String appKey, String appSecret) {
		return apps.stream().filter(a -> a.appKey().equals(appKey) && a.appSecret().equals(appSecret)).findFirst();
	}

	/** The temporary media apps uploaded (media/upload), by media id. */
	public dev.baton.emulator.media.MediaStore media() {
		return media;
	}

	public Directory directory() {
		return directory;
	}

	/** Adds a group chat the robots are in. */
	public void addGroup(String openConversationId, String name, List<String> members) {
		directory.addGroup(new Directory.Group(openConversationId, name, members, null));
	}

	public TokenStore tokens() {
		return tokens;
	}

	public void tokenTtl(Duration ttl) {
		tokens.ttl(ttl);
	}

	/** The app's tokens expire now (OpenAPI: 400 InvalidAuthentication; oapi: 42001). */
	public void expireTokens(DingTalkApp app) {
		tokens.expireAll(app.id());
	}

	/**
	 * The app's tokens are revoked now (OpenAPI: 400 InvalidAuthentication; oapi: 40014).
	 */
	public void invalidateTokens(DingTalkApp app) {
		tokens.invalidateAll(app.id());
	}

	public void refuseCallerIp(DingTalkApp app, boolean refuse) {
		if (refuse) {
			ipRefused.add(app.id());
		}
		else {
			ipRefused.remove(app.id());
		}
	}

	boolean ipRefused(String appId) {
		return ipRefused.contains(appId);
	}

	/**
	 * Whether a work notification with the same content reaches the same user only once a
	 * day (default: yes).
	 */
	public void sameContentOncePerDay(boolean enabled) {
		this.sameContentOncePerDay = enabled;
	}

	/**
	 * True when this content already went to this user today (and then it is absorbed).
	 */
	boolean alreadySentToday(String app, String user, String contentKey) {
		if (!sameContentOncePerDay) {
			return false;
		}
		LocalDate today = clock.instant().atZone(CHINA).toLocalDate();
		LocalDate previous = workNotificationsSent.put(app + "|" + user + "|" + contentKey, today);
		return today.equals(previous);
	}

	/**
	 * Takes a contact permission away from the app (every app starts with all of
	 * {@link ContactPermission}).
	 */
	public void withhold(DingTalkApp app, ContactPermission permission) {
		withheld.computeIfAbsent(app.id(), k -> ConcurrentHashMap.newKeySet()).add(permission);
	}

	/** Gives the app every contact permission again. */
	public void grantAllContactPermissions(DingTalkApp app) {
		withheld.remove(app.id());
	}

	public boolean granted(String appId, ContactPermission permission) {
		Set<ContactPermission> missing = withheld.get(appId);
		return missing == null || !missing.contains(permission);
	}

	/**
	 * Subscribes the app's events in HTTP push mode (the console's request URL, token and
	 * aes_key).
	 */
	public void subscribeEvents(EventSubscription subscription) {
		eventSubscriptions.put(subscription.appKey(), subscription);
	}

	public Optional<EventSubscription> eventSubscription(DingTalkApp app) {
		return Optional.ofNullable(eventSubscriptions.get(app.appKey()));
	}

	/**
	 * A department of the org chart; the root (1) is there even when the directory names
	 * none (it is the corp itself, named after the corp id).
	 */
	public Optional<Directory.Department> department(DingTalkApp app, String id) {
		Optional<Directory.Department> known = directory.department(id);
		if (known.isPresent() || !ROOT_DEPARTMENT.equals(id)) {
			return known;
		}
		return Optional.of(new Directory.Department(ROOT_DEPARTMENT, null, app.corpId(), 0, List.of()));
	}

	public Optional<CardInstance> card(String outTrackId) {
		return Optional.ofNullable(cards.get(outTrackId));
	}

	boolean addCard(CardInstance card) {
		return cards.putIfAbsent(card.outTrackId(), card) == null;
	}

	void replaceCard(CardInstance card) {
		cards.put(card.outTrackId(), card);
	}

	public Optional<CardCallbackRoute> callbackRoute(String routeKey) {
		return Optional.ofNullable(routes.get(routeKey));
	}

	public void registerCallbackRoute(CardCallbackRoute route) {
		routes.put(route.routeKey(), route);
	}

	/** Opens a sessionWebhook for a conversation, as a robot message carries it. */
	public RobotSession openSession(DingTalkApp app, boolean group, String conversationId, String userId) {
		String id;
		synchronized (random) {
			id = Long.toUnsignedString(random.nextLong(), 36);
		}
		RobotSession session = new RobotSession(id, app.id(), group, conversationId, userId,
				clock.millis() + SESSION_LIFETIME.toMillis());
		sessions.put(id, session);
		return session;
	}

	Optional<RobotSession> session(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(sessions.get(id));
	}

	EmulatorClock clock() {
		return clock;
	}

	Random random() {
		return random;
	}

}
