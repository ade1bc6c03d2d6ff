package dev.baton.emulator.callback;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.crypto.WeComCrypto;
import dev.baton.emulator.dingtalk.DingTalkPlatform;
import dev.baton.emulator.dingtalk.EventSubscription;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.stream.StreamAck;
import dev.baton.emulator.stream.StreamGateway;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Acts as DingTalk pushing the org's contact events (通讯录事件: {@code user_add_org},
 * {@code user_modify_org}, {@code user_leave_org}, {@code org_dept_create},
 * {@code org_dept_modify}, {@code org_dept_remove}) to Baton:
 * <ul>
 * <li>over Stream, as EVENT frames with the headers {@code eventId}, {@code eventType},
 * {@code eventCorpId}, {@code eventBornTime}, {@code eventUnifiedAppId} and the data
 * {@code {"timeStamp","userId":[…]}} or {@code {"deptId":[…]}} (the event pages' Stream
 * examples); the ACK's data says SUCCESS or LATER;</li>
 * <li>over HTTP to the subscription's URL: {@code POST ?msg_signature=&timestamp=&nonce=}
 * with {@code {"encrypt":"…"}}, the plaintext
 * {@code {"EventType","EventTime","CorpId","BizId","eventId","timeStamp",
 * "userId"|"deptId"}} encrypted for the AppKey (dingtalk.md §5.5). The answer must be the
 * encrypted "success"; otherwise DingTalk tries twice more (after 10 s and 30 s: this
 * client does not wait them, see {@link #retryPolicy}).</li>
 * </ul>
 * The directory itself is changed by the test (e.g. {@code directory().removeUser}); this
 * client only tells.
 */
public final class DingTalkEventClient {

	public static final List<String> USER_EVENTS = List.of("user_add_org", "user_modify_org", "user_leave_org");

	public static final List<String> DEPARTMENT_EVENTS = List.of("org_dept_create", "org_dept_modify",
			"org_dept_remove");

	private final DingTalkApp app;

	private final EmulatorClock clock;

	private final DingTalkPlatform platform;

	private final StreamGateway stream;

	private final CallbackSender sender;

	private volatile RetryPolicy retryPolicy = new RetryPolicy(2, Duration.ofMillis(2500), Duration.ZERO);

	public DingTalkEventClient(DingTalkApp app, EmulatorClock clock, DingTalkPlatform platform, StreamGateway stream,
			CallbackSender sender) {
		this.app = app;
		this.clock = clock;
		this.platform = platform;
		this.stream = stream;
		this.sender = sender;
	}

	/**
	 * How HTTP pushes are tried: by default as DingTalk (2.5 s for the answer, two more
	 * tries) but without the pauses of 10 s and 30 s between them.
	 */
	public DingTalkEventClient retryPolicy(RetryPolicy policy) {
		this.retryPolicy = policy;
		return this;
	}

	public static String newEventId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	// ------------------------------------------------------------------ Stream

	/**
	 * Pushes an org event over Stream with a new event id; completes with Baton's ACK.
	 */
	public CompletableFuture<StreamAck> overStream(String eventType, List<String> ids) {
		return overStream(eventType, newEventId(), ids);
	}

	/**
	 * Pushes an org event over Stream with this event id (DingTalk's redelivery keeps
	 * it).
	 */
	public CompletableFuture<StreamAck> overStream(String eventType, String eventId, List<String> ids) {
		if (stream == null) {
			throw new IllegalStateException("Stream mode is off in this emulator");
		}
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("eventId", eventId);
		headers.put("eventType", eventType);
		headers.put("eventCorpId", app.corpId());
		headers.put("eventBornTime", Long.toString(clock.millis()));
		headers.put("eventUnifiedAppId", "unified-" + app.appKey());
		return stream.push(app.appKey(), "EVENT", eventType, Json.write(streamData(eventType, ids)), headers);
	}

	/** The {@code data} of a Stream event frame. */
	public ObjectNode streamData(String eventType, List<String> ids) {
		ObjectNode data = Json.object();
		if (USER_EVENTS.contains(eventType)) {
			data.put("timeStamp", Long.toString(clock.millis()));
		}
		putIds(data, eventType, ids);
		return data;
	}

	// ------------------------------------------------------------------ HTTP

	/** The plaintext of an HTTP push (after decryption), as the event pages show it. */
	public ObjectNode httpEvent(String eventType, String eventId, List<String> ids) {
		ObjectNode event = Json.object();
		event.put("EventType", eventType);
		event.put("EventTime", clock.millis());
		event.put("CorpId", app.corpId());
		event.put("BizId", Long.toString(clock.millis()));
		event.put("eventId", eventId);
		if (USER_EVENTS.contains(eventType)) {
			event.put("timeStamp", Long.toString(clock.millis()));
		}
		putIds(event, eventType, ids);
		return event;
	}

	/** Pushes an org event to the subscription's URL with a new event id. */
	public EventDelivery overHttp(String eventType, List<String> ids) {
		return overHttp(eventType, newEventId(), ids);
	}

	/** Pushes an org event with this event id, tried as {@link #retryPolicy} says. */
	public EventDelivery overHttp(String eventType, String eventId, List<String> ids) {
		return push(eventId, Json.write(httpEvent(eventType, eventId, ids)));
	}

	/** What DingTalk sends when the request URL is saved in the console. */
	public EventDelivery checkUrl() {
		return push("check_url", "{\"EventType\":\"check_url\"}");
	}

	private EventDelivery push(String eventId, String plaintext) {
		List<CallbackAttempt> attempts = new ArrayList<>();
		String problem = null;
		for (int attempt = 0; attempt <= retryPolicy.retries(); attempt++) {
			if (attempt > 0 && !retryPolicy.pause().isZero()) {
				sleep(retryPolicy.pause());
			}
			// each try is signed afresh (a new timestamp and nonce) for the same event
			CallbackAttempt result = sender.once(signed(plaintext, clock.millis(), nonce()),
					retryPolicy.answerTimeout());
			attempts.add(result);
			problem = answerProblem(result);
			if (problem == null) {
				break;
			}
		}
		return new EventDelivery(eventId, attempts, problem == null, problem);
	}

	/** A correctly signed and encrypted push of this plaintext. */
	public RawCallback signed(String plaintext, long timestamp, String nonce) {
		EventSubscription subscription = subscription();
		WeComCrypto crypto = new WeComCrypto(subscription.token(), subscription.aesKey(), app.appKey());
		return request(subscription, crypto.encrypt(plaintext), timestamp, nonce, subscription.token());
	}

	RawCallback request(EventSubscription subscription, String encrypt, long timestamp, String nonce,
			String signingToken) {
		String ts = Long.toString(timestamp);
		String signature = WeComCrypto.signature(signingToken, ts, nonce, encrypt);
		ObjectNode body = Json.object();
		body.put("encrypt", encrypt);
		return rawRequest(subscription, signature, ts, nonce, Json.write(body).getBytes(StandardCharsets.UTF_8));
	}

	RawCallback rawRequest(EventSubscription subscription, String signature, String timestamp, String nonce,
			byte[] body) {
		StringBuilder query = new StringBuilder();
		if (signature != null) {
			query.append("msg_signature=").append(encode(signature));
		}
		if (timestamp != null) {
			query.append(query.isEmpty() ? "" : "&").append("timestamp=").append(encode(timestamp));
		}
		if (nonce != null) {
			query.append(query.isEmpty() ? "" : "&").append("nonce=").append(encode(nonce));
		}
		String url = subscription.callbackUrl();
		URI uri = URI.create(query.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + query);
		return new RawCallback("POST", uri, Map.of("Content-Type", "application/json; charset=utf-8"), body);
	}

	/**
	 * Sends a prepared request once (e.g. from {@link #bad()}); the answer is not judged.
	 */
	public CallbackAttempt send(RawCallback callback) {
		return sender.once(callback, retryPolicy.answerTimeout());
	}

	/**
	 * Why DingTalk would not take this answer as delivered; null when it is the encrypted
	 * "success" for this app, signed with the subscription's token.
	 */
	public String answerProblem(CallbackAttempt attempt) {
		if (attempt.status() != 200 || attempt.body() == null) {
			return "HTTP " + attempt.status() + (attempt.error() == null ? "" : " " + attempt.error());
		}
		JsonNode answer;
		try {
			answer = Json.read(attempt.body());
		}
		catch (RuntimeException e) {
			return "71009 返回文本非success: not JSON";
		}
		String signature = Json.text(answer, "msg_signature");
		String timestamp = Json.text(answer, "timeStamp");
		String nonce = Json.text(answer, "nonce");
		String encrypt = Json.text(answer, "encrypt");
		if (signature == null || timestamp == null || nonce == null || encrypt == null) {
			return "71009 返回文本非success: msg_signature, timeStamp, nonce and encrypt are required";
		}
		EventSubscription subscription = subscription();
		if (!WeComCrypto.signature(subscription.token(), timestamp, nonce, encrypt).equals(signature)) {
			return "71009 返回文本非success: the answer's signature does not match";
		}
		try {
			WeComCrypto.Plain plain = new WeComCrypto(subscription.token(), subscription.aesKey(), app.appKey())
				.decrypt(encrypt);
			if (!app.appKey().equals(plain.receiveId())) {
				return "71009 返回文本非success: encrypted for " + plain.receiveId();
			}
			return "success".equals(plain.message()) ? null : "71009 返回文本非success: " + plain.message();
		}
		catch (RuntimeException e) {
			return "71009 返回文本非success: cannot decrypt the answer";
		}
	}

	/** Event callbacks Baton must refuse. */
	public BadDingTalkEventCallbacks bad() {
		return new BadDingTalkEventCallbacks(this, subscription(), app, clock);
	}

	EventSubscription subscription() {
		return platform.eventSubscription(app)
			.orElseThrow(() -> new IllegalStateException(
					"the app " + app.appKey() + " has no HTTP event subscription (DingTalkPlatform.subscribeEvents)"));
	}

	static String nonce() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

	private static void putIds(ObjectNode node, String eventType, List<String> ids) {
		if (USER_EVENTS.contains(eventType)) {
			ArrayNode users = node.putArray("userId");
			ids.forEach(users::add);
		}
		else {
			ArrayNode depts = node.putArray("deptId");
			ids.forEach(id -> depts.add(Long.parseLong(id)));
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
