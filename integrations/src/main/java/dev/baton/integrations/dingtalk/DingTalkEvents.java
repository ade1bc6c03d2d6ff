package dev.baton.integrations.dingtalk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.baton.integrations.chat.CallbackLimits;
import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.wecom.WeComCrypto;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DingTalk's org events (通讯录事件) for one app, as {@link ContactEvent}s:
 * {@code user_add_org}, {@code user_modify_org}, {@code user_active_org},
 * {@code user_leave_org}, {@code org_dept_create}, {@code org_dept_modify},
 * {@code org_dept_remove}; other event types are acknowledged and ignored.
 * <p>
 * Over HTTP (事件订阅 → HTTP 推送) each push is {@code POST ?msg_signature=&timestamp=&nonce=}
 * with {@code {"encrypt":"…"}}, refused before anything is acted on unless: the body is a
 * JSON object under the size limit; the SHA-1 signature over the sorted token, timestamp,
 * nonce and ciphertext matches; the timestamp is within an hour; the ciphertext decrypts
 * (AES-256-CBC, PKCS#7 to 32 bytes) to a JSON object encrypted for this app's AppKey and
 * corp. The answer is the encrypted "success" ({@link #encryptedSuccess()}); DingTalk
 * takes anything else as a failed push and tries again. The scheme is WeCom's, byte for
 * byte (dingtalk.md §5.5): Baton's {@link WeComCrypto} does it, proven on DingTalk's
 * published vectors. WxJava's {@code WxCryptUtil} decrypts those vectors too, but it does
 * not check whom a message was encrypted for, which DingTalk requires (900010), so it is
 * not used here.
 * <p>
 * Over Stream, the SDK's event listener gives the event's id, type, corp and time and its
 * {@code data}; the connection itself is authenticated.
 */
public final class DingTalkEvents {

	/** How far a push's timestamp may be from now. */
	public static final Duration WINDOW = Duration.ofHours(1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Map<String, ContactEvent.Kind> KINDS = Map.of("user_add_org", ContactEvent.Kind.USER_ADDED,
			"user_modify_org", ContactEvent.Kind.USER_CHANGED, "user_active_org", ContactEvent.Kind.USER_CHANGED,
			"user_leave_org", ContactEvent.Kind.USER_LEFT, "org_dept_create", ContactEvent.Kind.DEPARTMENT_CREATED,
			"org_dept_modify", ContactEvent.Kind.DEPARTMENT_CHANGED, "org_dept_remove",
			ContactEvent.Kind.DEPARTMENT_REMOVED);

	private final DingTalkApp app;

	private final Clock clock;

	private final WeComCrypto crypto;

	public DingTalkEvents(DingTalkApp app, Clock clock) {
		this.app = app;
		this.clock = clock;
		this.crypto = app.httpEvents() ? new WeComCrypto(app.eventAesKey()) : null;
	}

	public DingTalkApp app() {
		return app;
	}

	/**
	 * What an HTTP push held: its event type, the org event (null for check_url and types
	 * Baton does not take).
	 */
	public record Opened(String eventType, ContactEvent event) {
	}

	/**
	 * Verifies, decrypts and reads one HTTP push; {@link CallbackRejected} for anything
	 * that must not be acted on.
	 */
	public Opened openHttp(String msgSignature, String timestamp, String nonce, byte[] body) {
		if (crypto == null) {
			throw new CallbackRejected(404, "no HTTP event subscription is configured for " + app.name());
		}
		if (msgSignature == null || timestamp == null || nonce == null || msgSignature.length() != 40
				|| timestamp.length() > 20 || nonce.isEmpty() || nonce.length() > 64) {
			throw new CallbackRejected(400, "msg_signature, timestamp and nonce are required");
		}
		CallbackLimits.requireSize(body);
		JsonNode envelope = DingTalkCallbacks.parse(body);
		JsonNode encrypt = envelope.get("encrypt");
		if (encrypt == null || !encrypt.isString() || encrypt.asString().isBlank()) {
			throw new CallbackRejected(400, "no encrypt in the body");
		}
		String ciphertext = encrypt.asString();
		if (!CallbackLimits.sameText(WeComCrypto.signature(app.eventToken(), timestamp, nonce, ciphertext),
				msgSignature)) {
			throw new CallbackRejected(403, "signature mismatch");
		}
		requireRecent(timestamp);
		WeComCrypto.Plaintext plain = crypto.decrypt(ciphertext);
		if (!CallbackLimits.sameText(app.appKey(), plain.receiveId())) {
			throw new CallbackRejected(403, "the event was encrypted for another app");
		}
		JsonNode event;
		try {
			event = JSON.readTree(plain.message());
		}
		catch (JacksonException ex) {
			throw new CallbackRejected(400, "the event is not JSON", ex);
		}
		if (event == null || !event.isObject()) {
			throw new CallbackRejected(400, "the event is not a JSON object");
		}
		String type = text(event, "EventType");
		if (type == null) {
			throw new CallbackRejected(400, "the event has no EventType");
		}
		ContactEvent.Kind kind = KINDS.get(type);
		if (kind == null) {
			return new Opened(type, null);
		}
		String corp = text(event, "CorpId");
		if (app.corpId() != null && corp != null && !app.corpId().equals(corp)) {
			throw new CallbackRejected(403, "the event is about another corp");
		}
		String eventId = text(event, "eventId");
		Instant at = instant(first(event, "EventTime", "timeStamp", "TimeStamp"));
		List<String> users = ids(event, "userId", "UserId");
		List<String> departments = ids(event, "deptId", "DeptId");
		return new Opened(type, contactEvent(kind, corp, eventId, plain.message(), at, users, departments));
	}

	/**
	 * The answer DingTalk takes as "received": {@code success} encrypted and signed for
	 * this app.
	 */
	public String encryptedSuccess() {
		if (crypto == null) {
			throw new IllegalStateException("no HTTP event subscription is configured for " + app.name());
		}
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		String ciphertext = crypto.encrypt(random, "success", app.appKey());
		String timestamp = Long.toString(clock.millis());
		String nonce = HexFormat.of().formatHex(random, 0, 8);
		var answer = JSON.createObjectNode();
		answer.put("msg_signature", WeComCrypto.signature(app.eventToken(), timestamp, nonce, ciphertext));
		answer.put("timeStamp", timestamp);
		answer.put("nonce", nonce);
		answer.put("encrypt", ciphertext);
		return JSON.writeValueAsString(answer);
	}

	/**
	 * An event from a Stream EVENT frame (the SDK's {@code GenericOpenDingTalkEvent});
	 * null for types Baton does not take.
	 */
	public ContactEvent streamEvent(String eventId, String eventType, String corpId, Long bornTime, String dataJson) {
		ContactEvent.Kind kind = eventType == null ? null : KINDS.get(eventType);
		if (kind == null) {
			return null;
		}
		JsonNode data;
		try {
			data = dataJson == null ? JSON.createObjectNode() : JSON.readTree(dataJson);
		}
		catch (JacksonException ex) {
			throw new CallbackRejected(400, "the event data is not JSON", ex);
		}
		if (data == null || !data.isObject()) {
			throw new CallbackRejected(400, "the event data is not a JSON object");
		}
		if (app.corpId() != null && corpId != null && !app.corpId().equals(corpId)) {
			throw new CallbackRejected(403, "the event is about another corp");
		}
		Instant at = bornTime != null ? Instant.ofEpochMilli(bornTime) : instant(first(data, "timeStamp"));
		return contactEvent(kind, corpId, eventId, eventType + dataJson, at, ids(data, "userId", "UserId"),
				ids(data, "deptId", "DeptId"));
	}

	private ContactEvent contactEvent(ContactEvent.Kind kind, String corp, String eventId, String content, Instant at,
			List<String> users, List<String> departments) {
		boolean aboutUsers = kind == ContactEvent.Kind.USER_ADDED || kind == ContactEvent.Kind.USER_CHANGED
				|| kind == ContactEvent.Kind.USER_LEFT;
		if (aboutUsers ? users.isEmpty() : departments.isEmpty()) {
			throw new CallbackRejected(400, "the event names no " + (aboutUsers ? "user" : "department"));
		}
		// DingTalk's retries keep the eventId; an event without one (the older format) is
		// known by its content
		String key = eventId != null && !eventId.isBlank() ? eventId : "sha256:" + sha256(content);
		String corpId = corp != null ? corp : app.corpId();
		return new ContactEvent(Platform.DINGTALK, corpId == null ? "" : corpId, kind, key,
				at == null ? clock.instant() : at, users, departments, null, null);
	}

	private void requireRecent(String timestamp) {
		long value;
		try {
			value = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			throw new CallbackRejected(400, "timestamp is not a number");
		}
		// DingTalk signs with milliseconds; a ten-digit value is seconds
		Instant at = value < 100_000_000_000L ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
		if (Duration.between(at, clock.instant()).abs().compareTo(WINDOW) > 0) {
			throw new CallbackRejected(403, "timestamp outside the one-hour window");
		}
	}

	private static List<String> ids(JsonNode node, String... fields) {
		for (String field : fields) {
			JsonNode value = node.get(field);
			if (value != null && value.isArray()) {
				List<String> ids = new ArrayList<>();
				for (JsonNode id : value) {
					if (!(id.isString() || id.isIntegralNumber()) || id.asString().isBlank()
							|| id.asString().length() > 64) {
						throw new CallbackRejected(400, "an id in " + field + " is not an id");
					}
					ids.add(id.asString().strip());
				}
				return ids;
			}
		}
		return List.of();
	}

	private static String first(JsonNode node, String... fields) {
		for (String field : fields) {
			String value = text(node, field);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static Instant instant(String millis) {
		try {
			return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis.strip()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() || !value.isValueNode() || value.asString().isBlank() ? null
				: value.asString();
	}

	private static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
