package dev.baton.emulator.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import dev.baton.emulator.EmulatorClock;

/**
 * The short-lived codes a platform hands a browser or its client when a person signs in
 * to an app (DingTalk's authCode and 免登码, WeCom's OAuth 2 code): each names the app and
 * the person, works once and for five minutes. Also who is signed in to the platform in
 * "the browser" (a test's person at the desk): the sign-in pages issue codes for them, as
 * the real pages do once the person has scanned or confirmed.
 */
public final class SignInCodes {

	/** WeCom: "code只能使用一次，5分钟未被使用自动过期"; DingTalk's codes are as short-lived. */
	public static final Duration LIFETIME = Duration.ofMinutes(5);

	private final EmulatorClock clock;

	private final Random random;

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private volatile String signedIn;

	public SignInCodes(EmulatorClock clock, Random random) {
		this.clock = clock;
		this.random = random;
	}

	/** What a code stands for. */
	public record Grant(String appId, String userId, Instant expiresAt) {
	}

	/**
	 * The person signed in to the platform in the browser (null: nobody, the page asks
	 * them to scan).
	 */
	public void signIn(String userId) {
		this.signedIn = userId;
	}

	public Optional<String> signedIn() {
		return Optional.ofNullable(signedIn);
	}

	/** A new code for the person and the app. */
	public String issue(String appId, String userId) {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		StringBuilder code = new StringBuilder();
		for (byte b : bytes) {
			code.append(String.format("%02x", b));
		}
		codes.put(code.toString(), new Grant(appId, userId, clock.instant().plus(LIFETIME)));
		return code.toString();
	}

	/** Takes the code for the app: empty if unknown, used, expired or another app's. */
	public Optional<Grant> take(String appId, String code) {
		if (code == null) {
			return Optional.empty();
		}
		Grant grant = codes.get(code);
		if (grant == null || !grant.appId().equals(appId)) {
			return Optional.empty();
		}
		codes.remove(code);
		return clock.instant().isBefore(grant.expiresAt()) ? Optional.of(grant) : Optional.empty();
	}

}
