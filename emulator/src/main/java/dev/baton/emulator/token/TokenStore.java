package dev.baton.emulator.token;

import dev.baton.emulator.EmulatorClock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of one platform: issued per app with a lifetime on the emulator clock,
 * expired or invalidated early on demand.
 */
public final class TokenStore {

	/** What a presented token turned out to be. */
	public enum Status {

		VALID, MISSING, UNKNOWN, EXPIRED, INVALIDATED

	}

	/** The result of checking a token: its status and, when known, its app. */
	public record Check(Status status, String app) {
	}

	/** An issued token and how long it lives (seconds, as answered). */
	public record Issued(String value, long expiresInSeconds) {
	}

	private static final class Entry {

		final String app;

		volatile long expiresAtMillis;

		volatile boolean invalidated;

		Entry(String app, long expiresAtMillis) {
			this.app = app;
			this.expiresAtMillis = expiresAtMillis;
		}

	}

	private final EmulatorClock clock;

	private final Random random;

	/** What asking for a token again within its lifetime gives. */
	public enum Reuse {

		/**
		 * The same token, its lifetime renewed (DingTalk: "有效期内重复获取会返回相同结果并自动续期";
		 * obtain-the-access-token-of-an-internal-app).
		 */
		SAME_RENEWED,
		/**
		 * The same token with what is left of its lifetime as {@code expires_in} (WeCom
		 * doc 91039: "有效期内重复获取返回相同 结果，过期后获取会返回新的access_token"; the sentence is quoted
		 * from the page in yanjunhui/chat#17).
		 */
		SAME_REMAINING

	}

	private final Reuse reuse;

	private final Map<String, Entry> tokens = new ConcurrentHashMap<>();

	private volatile Duration ttl;

	public TokenStore(EmulatorClock clock, Random random, Duration ttl, Reuse reuse) {
		this.clock = clock;
		this.random = random;
		this.ttl = ttl;
		this.reuse = reuse;
	}

	public void ttl(Duration ttl) {
		this.ttl = ttl;
	}

	public Duration ttl() {
		return ttl;
	}

	public synchronized Issued issue(String app) {
		long now = clock.millis();
		long expiresAt = now + ttl.toMillis();
		for (Map.Entry<String, Entry> e : tokens.entrySet()) {
			Entry entry = e.getValue();
			if (entry.app.equals(app) && !entry.invalidated && entry.expiresAtMillis > now) {
				if (reuse == Reuse.SAME_RENEWED) {
					entry.expiresAtMillis = expiresAt;
					return new Issued(e.getKey(), ttl.toSeconds());
				}
				return new Issued(e.getKey(), Math.max(1, (entry.expiresAtMillis - now) / 1000));
			}
		}
		byte[] bytes = new byte[24];
		synchronized (random) {
			random.nextBytes(bytes);
		}
		String value = HexFormat.of().formatHex(bytes);
		tokens.put(value, new Entry(app, expiresAt));
		return new Issued(value, ttl.toSeconds());
	}

	public Check check(String value) {
		if (value == null || value.isEmpty()) {
			return new Check(Status.MISSING, null);
		}
		Entry entry = tokens.get(value);
		if (entry == null) {
			return new Check(Status.UNKNOWN, null);
		}
		if (entry.invalidated) {
			return new Check(Status.INVALIDATED, entry.app);
		}
		if (entry.expiresAtMillis <= clock.millis()) {
			return new Check(Status.EXPIRED, entry.app);
		}
		return new Check(Status.VALID, entry.app);
	}

	/**
	 * Every token of the app expires now (calls then get the platform's "expired"
	 * answer).
	 */
	public void expireAll(String app) {
		long now = clock.millis();
		tokens.values().stream().filter(e -> e.app.equals(app)).forEach(e -> e.expiresAtMillis = now);
	}

	/**
	 * Every token of the app becomes invalid now (calls then get the platform's "invalid"
	 * answer).
	 */
	public void invalidateAll(String app) {
		tokens.values().stream().filter(e -> e.app.equals(app)).forEach(e -> e.invalidated = true);
	}

}
