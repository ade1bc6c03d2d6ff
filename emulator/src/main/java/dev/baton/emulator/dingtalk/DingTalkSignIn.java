package dev.baton.emulator.dingtalk;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.SignInCodes;

/**
 * Signing in to an app with DingTalk: the browser login's authCode
 * ({@code login.dingtalk.com/oauth2/auth}), the user access tokens it is exchanged for
 * ({@code /v1.0/oauth2/userAccessToken}, 2 hours), each user's unionId, and the workbench
 * H5 app's 免登码 (what {@code dd.runtime.permission.requestAuthCode} gives the page in the
 * client).
 */
public final class DingTalkSignIn {

	static final Duration USER_TOKEN_LIFETIME = Duration.ofHours(2);

	private final EmulatorClock clock;

	private final SignInCodes browserCodes;

	private final SignInCodes freeLoginCodes;

	private final Map<String, UserToken> userTokens = new ConcurrentHashMap<>();

	private final Map<String, String> unionIds = new ConcurrentHashMap<>();

	DingTalkSignIn(EmulatorClock clock, Random random) {
		this.clock = clock;
		this.browserCodes = new SignInCodes(clock, random);
		this.freeLoginCodes = new SignInCodes(clock, random);
	}

	record UserToken(String appId, String userId, Instant expiresAt) {
	}

	/**
	 * The person signed in to DingTalk in the browser: the login page sends them straight
	 * back with an authCode.
	 */
	public void signInInBrowser(String userId) {
		browserCodes.signIn(userId);
	}

	/**
	 * What the DingTalk client's JSAPI gives the workbench page: a 免登码 for the person and
	 * the app.
	 */
	public String requestAuthCode(String appKey, String userId) {
		return freeLoginCodes.issue(appKey, userId);
	}

	/** The person's unionId (stable, one per person). */
	public String unionIdOf(String userId) {
		return unionIds.computeIfAbsent(userId,
				u -> "union" + UUID.nameUUIDFromBytes(u.getBytes()).toString().replace("-", "").substring(0, 20));
	}

	Optional<String> userIdOfUnionId(String unionId) {
		return unionIds.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(unionId))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	SignInCodes browserCodes() {
		return browserCodes;
	}

	SignInCodes freeLoginCodes() {
		return freeLoginCodes;
	}

	String issueUserToken(String appId, String userId) {
		String token = UUID.randomUUID().toString().replace("-", "");
		userTokens.put(token, new UserToken(appId, userId, clock.instant().plus(USER_TOKEN_LIFETIME)));
		return token;
	}

	Optional<UserToken> userToken(String token) {
		UserToken found = token == null ? null : userTokens.get(token);
		return found != null && clock.instant().isBefore(found.expiresAt()) ? Optional.of(found) : Optional.empty();
	}

}
