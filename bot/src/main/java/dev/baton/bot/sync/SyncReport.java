package dev.baton.bot.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.baton.integrations.chat.PlatformException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one run did, line by line, as it goes: each line a kind (created, changed, bound,
 * deactivated, removed, kept, unmatched, conflict, failed), what it is about, and why as
 * a message key with its arguments (the reader's language is chosen when the report is
 * shown). A failed read of the platform keeps DingTalk's or WeCom's own code and message.
 * A run whose reads did not all succeed is {@link #incomplete()}: it deactivates nobody,
 * since "not listed" could be "not read".
 */
final class SyncReport {

	enum Kind {

		CREATED, CHANGED, BOUND, DEACTIVATED, REMOVED, KEPT, UNMATCHED, CONFLICT, FAILED

	}

	enum Subject {

		UNIT, OFFICIAL, MEMBER, DEPARTMENT

	}

	/** One line; {@code args} is a JSON array of strings. */
	record Entry(Kind kind, Subject subject, String platformRef, String name, Long officialId, Long unitId,
			String reason, String args, String code, String platformMessage) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_ARG = 200;

	private final List<Entry> entries = new ArrayList<>();

	private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);

	private boolean incomplete;

	synchronized void add(Kind kind, Subject subject, String platformRef, String name, Long officialId, Long unitId,
			String reason, Object... args) {
		entries.add(new Entry(kind, subject, cut(platformRef, 128), cut(name, 128), officialId, unitId, reason,
				json(args), null, null));
		counts.merge(kind, 1, Integer::sum);
	}

	/**
	 * A read or write the platform refused: its code and message are kept as the platform
	 * gave them.
	 */
	synchronized void failed(Subject subject, String platformRef, String name, String reason, PlatformException ex) {
		String message = ex.getMessage();
		entries.add(new Entry(Kind.FAILED, subject, cut(platformRef, 128), cut(name, 128), null, null, reason,
				json(new Object[] { platformRef == null ? "" : platformRef }), cut(ex.code(), 64), cut(message, 512)));
		counts.merge(Kind.FAILED, 1, Integer::sum);
		incomplete = true;
	}

	synchronized void incomplete() {
		incomplete = true;
	}

	synchronized boolean isIncomplete() {
		return incomplete;
	}

	synchronized int count(Kind kind) {
		return counts.getOrDefault(kind, 0);
	}

	synchronized List<Entry> entries() {
		return List.copyOf(entries);
	}

	private static String json(Object[] args) {
		List<String> plain = new ArrayList<>();
		for (Object arg : args) {
			plain.add(cut(arg == null ? "" : String.valueOf(arg), MAX_ARG));
		}
		String text = JSON.writeValueAsString(plain);
		return text.length() <= 1024 ? text : JSON.writeValueAsString(plain.subList(0, 1));
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
