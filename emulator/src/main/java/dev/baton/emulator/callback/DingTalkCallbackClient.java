package dev.baton.emulator.callback;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.crypto.DingTalkSignatures;
import dev.baton.emulator.dingtalk.CardCallbackRoute;
import dev.baton.emulator.dingtalk.CardInstance;
import dev.baton.emulator.dingtalk.DingTalkPlatform;
import dev.baton.emulator.dingtalk.RobotSession;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.stream.StreamAck;
import dev.baton.emulator.stream.StreamGateway;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.node.ObjectNode;

/**
 * Acts as DingTalk towards Baton: robot messages over HTTP (signed with
 * {@code timestamp}/{@code sign}) or Stream, and card button clicks over HTTP (to the
 * registered route, signed when it has a secret) or Stream.
 */
public final class DingTalkCallbackClient {

	public static final String BOT_TOPIC = "/v1.0/im/bot/messages/get";

	public static final String CARD_TOPIC = "/v1.0/card/instances/callback";

	private final DingTalkApp app;

	private final EmulatorClock clock;

	private final DingTalkPlatform platform;

	private final StreamGateway stream;

	private final CallbackSender sender;

	private final String sessionBaseUrl;

	private volatile RetryPolicy retryPolicy = RetryPolicy.once(java.time.Duration.ofSeconds(5));

	/**
	 * @param sessionBaseUrl where the emulator serves sessionWebhook replies
	 * ({@code http://127.0.0.1:PORT})
	 * @param stream may be null when Stream mode is not used
	 */
	public DingTalkCallbackClient(DingTalkApp app, EmulatorClock clock, DingTalkPlatform platform, StreamGateway stream,
			CallbackSender sender, String sessionBaseUrl) {
		this.app = app;
		this.clock = clock;
		this.platform = platform;
		this.stream = stream;
		this.sender = sender;
		this.sessionBaseUrl = sessionBaseUrl;
	}

	/**
	 * Robot HTTP callbacks: one attempt with a 5 s wait unless changed (DingTalk's retry
	 * is not documented).
	 */
	public DingTalkCallbackClient retryPolicy(RetryPolicy policy) {
		this.retryPolicy = policy;
		return this;
	}

	/** A text message from a member in the one-to-one chat with the robot. */
	public ObjectNode privateText(String senderStaffId, String content) {
		return robotMessage(false, "cid" + senderStaffId + "==", null, senderStaffId, content, false);
	}

	/** A text message in a group that @mentions the robot. */
	public ObjectNode groupText(String openConversationId, String senderStaffId, String content) {
		String title = platform.directory().group(openConversationId).map(g -> g.name()).orElse("group");
		return robotMessage(true, openConversationId, title, senderStaffId, content, true);
	}

	private ObjectNode robotMessage(boolean group, String conversationId, String title, String sender, String content,
			boolean atRobot) {
		RobotSession session = platform.openSession(app, group, conversationId, sender);
		long now = clock.millis();
		ObjectNode message = Json.object();
		message.put("msgtype", "text");
		message.putObject("text").put("content", content);
		message.put("msgId", "msg" + UUID.randomUUID().toString().replace("-", "") + "==");
		message.put("createAt", now);
		message.put("conversationType", group ? "2" : "1");
		message.put("conversationId", conversationId);
		if (title != null) {
			message.put("conversationTitle", title);
		}
		message.put("senderId", "$:LWCP_v1:$" + sender);
		message.put("senderNick", sender);
		message.put("senderCorpId", app.corpId());
		message.put("senderStaffId", sender);
		message.put("chatbotCorpId", app.corpId());
		message.put("chatbotUserId", "$:LWCP_v1:$robot" + app.robotCode());
		message.put("robotCode", app.robotCode());
		message.put("isAdmin", false);
		message.put("isInAtList", atRobot);
		if (atRobot) {
			message.putArray("atUsers").addObject().put("dingtalkId", "$:LWCP_v1:$robot" + app.robotCode());
		}
		message.put("sessionWebhook", sessionBaseUrl + "/robot/sendBySession?session=" + session.id());
		message.put("sessionWebhookExpiredTime", session.expiresAtMillis());
		return message;
	}

	/** POSTs a robot message to Baton's HTTP robot endpoint, signed now. */
	public CallbackResult sendRobotMessage(URI target, ObjectNode message) {
		return sender.send(robotRequest(target, Json.write(message).getBytes(StandardCharsets.UTF_8), clock.millis(),
				app.appSecret()), retryPolicy);
	}

	/** Sends a prepared request (e.g. from {@link #bad(URI)}). */
	public CallbackResult send(RawCallback callback) {
		return sender.send(callback, retryPolicy);
	}

	RawCallback robotRequest(URI target, byte[] body, long timestamp, String secret) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json; charset=utf-8");
		headers.put("timestamp", Long.toString(timestamp));
		headers.put("sign", DingTalkSignatures.robotSign(timestamp, secret));
		return new RawCallback("POST", target, headers, body);
	}

	/** Pushes a robot message over Stream; completes with Baton's ACK. */
	public CompletableFuture<StreamAck> sendRobotMessageOverStream(ObjectNode message) {
		return requireStream().pushCallback(app.appKey(), BOT_TOPIC, Json.write(message));
	}

	/**
	 * The card callback payload (dingtalk.md §4.3): {@code content} is itself a JSON
	 * string.
	 */
	public ObjectNode cardAction(String outTrackId, String userId, List<String> actionIds, Map<String, String> params) {
		ObjectNode privateData = Json.object();
		ObjectNode cardPrivateData = privateData.putObject("cardPrivateData");
		actionIds.forEach(cardPrivateData.putArray("actionIds")::add);
		ObjectNode paramNode = cardPrivateData.putObject("params");
		params.forEach(paramNode::put);
		ObjectNode payload = Json.object();
		payload.put("type", "actionCallback");
		payload.put("outTrackId", outTrackId);
		payload.put("corpId", app.corpId());
		payload.put("userId", userId);
		payload.put("content", Json.write(privateData));
		CardInstance card = platform.card(outTrackId).orElse(null);
		if (card != null && !card.spaces().isEmpty()) {
			String space = card.spaces().get(0);
			payload.put("spaceType", space.substring(0, space.indexOf('.')));
			payload.put("spaceId", space.substring(space.indexOf('.') + 1));
		}
		payload.put("userIdType", 1);
		return payload;
	}

	/**
	 * A button click on an HTTP-callback card: POSTed to the URL registered for the
	 * card's callbackRouteKey, signed with {@code x-ddpaas-signature-timestamp} and
	 * {@code x-ddpaas-signature}. Answer within 2 s.
	 */
	public CallbackResult clickOverHttp(String outTrackId, String userId, List<String> actionIds,
			Map<String, String> params) {
		CardInstance card = platform.card(outTrackId)
			.orElseThrow(() -> new IllegalStateException("no card " + outTrackId));
		if (!"HTTP".equals(card.callbackType())) {
			throw new IllegalStateException("card " + outTrackId + " calls back over " + card.callbackType());
		}
		CardCallbackRoute route = platform.callbackRoute(card.callbackRouteKey())
			.orElseThrow(() -> new IllegalStateException("no callback URL registered for " + card.callbackRouteKey()));
		long timestamp = clock.millis();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json; charset=utf-8");
		if (route.apiSecret() != null) {
			headers.put("x-ddpaas-signature-timestamp", Long.toString(timestamp));
			headers.put("x-ddpaas-signature", DingTalkSignatures.cardSign(timestamp, route.apiSecret()));
		}
		return sender.send(
				new RawCallback("POST", URI.create(route.callbackUrl()), headers,
						Json.write(cardAction(outTrackId, userId, actionIds, params)).getBytes(StandardCharsets.UTF_8)),
				RetryPolicy.once(java.time.Duration.ofSeconds(2)));
	}

	/**
	 * A button click on a STREAM-callback card; completes with Baton's ACK (its data
	 * holds the card response).
	 */
	public CompletableFuture<StreamAck> clickOverStream(String outTrackId, String userId, List<String> actionIds,
			Map<String, String> params) {
		CardInstance card = platform.card(outTrackId)
			.orElseThrow(() -> new IllegalStateException("no card " + outTrackId));
		if (!"STREAM".equals(card.callbackType())) {
			throw new IllegalStateException("card " + outTrackId + " calls back over " + card.callbackType());
		}
		return requireStream().pushCallback(app.appKey(), CARD_TOPIC,
				Json.write(cardAction(outTrackId, userId, actionIds, params)));
	}

	private StreamGateway requireStream() {
		if (stream == null) {
			throw new IllegalStateException("Stream mode is off in this emulator");
		}
		return stream;
	}

	/** Robot callbacks Baton must refuse. */
	public BadDingTalkCallbacks bad(URI target) {
		return new BadDingTalkCallbacks(this, target, app, clock);
	}

}
