package dev.baton.emulator.wecom;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * WeCom's {@code enable_duplicate_check}: the same request JSON from the same app within
 * {@code duplicate_check_interval} seconds is not delivered again. JSON is compared as a
 * tree (key order and whitespace do not matter, types do).
 */
final class DuplicateCheck {

	private record Key(String app, JsonNode request) {
	}

	private final Map<Key, Long> lastDelivered = new HashMap<>();

	/**
	 * True when an identical request was delivered within the interval; otherwise
	 * remembers this one as delivered.
	 */
	synchronized boolean isDuplicate(String app, JsonNode request, long intervalMillis, long nowMillis) {
		Key key = new Key(app, request);
		Long last = lastDelivered.get(key);
		if (last != null && nowMillis - last < intervalMillis) {
			return true;
		}
		lastDelivered.put(key, nowMillis);
		return false;
	}

	/** As {@link #isDuplicate} without remembering anything. */
	synchronized boolean wouldBeDuplicate(String app, JsonNode request, long intervalMillis, long nowMillis) {
		Long last = lastDelivered.get(new Key(app, request));
		return last != null && nowMillis - last < intervalMillis;
	}

	synchronized void clear() {
		lastDelivered.clear();
	}

}
