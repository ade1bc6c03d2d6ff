package dev.baton.emulator.wecom;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one-shot codes that allow one update_template_card: one from each send of an
 * interactive card and one from each click callback, valid for 72 hours.
 */
final class ResponseCodes {

	static final Duration VALIDITY = Duration.ofHours(72);

	/** What a code allows: updating the card of {@code taskId} for its recipients. */
	record Grant(String app, String taskId, List<String> recipients, long issuedAtMillis) {
	}

	private final Map<String, Grant> open = new ConcurrentHashMap<>();

	private final Map<String, Boolean> used = new ConcurrentHashMap<>();

	private final Random random;

	ResponseCodes(Random random) {
		this.random = random;
	}

	String issue(String app, String taskId, List<String> recipients, long nowMillis) {
		long n;
		synchronized (random) {
			n = random.nextLong();
		}
		String code = "RC" + Long.toUnsignedString(n, 36) + Long.toString(nowMillis, 36);
		open.put(code, new Grant(app, taskId, List.copyOf(recipients), nowMillis));
		return code;
	}

	/** Why the code cannot be used, or empty when it can (and is then used up). */
	Optional<String> consume(String app, String code, long nowMillis) {
		if (code == null || code.isEmpty()) {
			return Optional.of("response_code missing");
		}
		if (used.containsKey(code)) {
			return Optional.of("response_code already used");
		}
		Grant grant = open.get(code);
		if (grant == null || !grant.app().equals(app)) {
			return Optional.of("invalid response_code");
		}
		if (nowMillis - grant.issuedAtMillis() > VALIDITY.toMillis()) {
			return Optional.of("response_code expired");
		}
		if (open.remove(code) == null) {
			return Optional.of("response_code already used");
		}
		used.put(code, true);
		return Optional.empty();
	}

	Optional<Grant> grant(String code) {
		return Optional.ofNullable(open.get(code));
	}

}
