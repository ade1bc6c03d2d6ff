package dev.baton.integrations.dingtalk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.integrations.chat.CallbackLimits;
import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SessionWebhook;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens DingTalk HTTP callbacks for one app: robot messages (headers {@code timestamp}
 * and {@code sign}) and card button callbacks (headers
 * {@code x-ddpaas-signature-timestamp} and {@code x-ddpaas-signature}). The signature and
 * the one-hour window are checked before the body is parsed; the body must be strict
 * UTF-8 JSON under the limit. The same JSON arrives over Stream mode, where the
 * connection itself is authenticated: {@link #robotMessage} and {@link #cardAction} serve
 * both.
 */
public final class DingTalkCallbacks {

	static final Duration WINDOW = Duration.ofHours(1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DingTalkApp app;

	private final Clock clock;

	public DingTalkCallbacks(DingTalkApp app, Clock clock) {
		this.app = app;
		this.clock = clock;
	}

	/**
	 * A robot message over HTTP; null for message types Baton does not take (pictures,
	 * files…).
	 */
	public InboundEvent openRobotCallback(String timestamp, String sign, byte[] body) {
		requireSigned(timestamp, sign, DingTalkSignatures.robot(timestamp == null ? "" : timestamp, app.appSecret()));
		CallbackLimits.requireSize(body);
		return robotMessage(parse(body));
	}

	/** A card button callback over HTTP. */
	public InboundEvent.CardAction openCardCallback(String timestamp, String signature, byte[] body) {
		if (app.cardCallbackSecret() == null) {
			throw new CallbackRejected(403, "card callbacks over HTTP are not configured for " + app.name());
		}
		requireSigned(timestamp, signature,
				DingTalkSignatures.card(timestamp == null ? "" : timestamp, app.cardCallbackSecret()));
		CallbackLimits.requireSize(body);
		return cardAction(parse(body));
	}

	public InboundEvent robotMessage(JsonNode m) {
		String staffId = text(m, "senderStaffId");
		String msgId = text(m, "msgId");
		if (staffId == null || msgId == null || !m.path("createAt").canConvertToLong()) {
			throw new CallbackRejected(400, "robot message without senderStaffId, msgId or createAt");
		}
		String type = text(m, "msgtype");
		String corp = ownCorp(m, "senderCorpId");
		ownCorp(m, "chatbotCorpId");
		ChatUser sender = new ChatUser(Platform.DINGTALK, corp, staffId);
		Conversation conversation = "2".equals(text(m, "conversationType"))
				? Conversation.group(requireText(m, "conversationId")) : Conversation.direct(staffId);
		SessionWebhook session = session(m);
		if ("picture".equals(type) || "file".equals(type)) {
			String downloadCode = text(m.path("content"), "downloadCode");
			if (downloadCode == null) {
				return null;
			}
			return new InboundEvent.Attachment(sender, conversation, Instant.ofEpochMilli(m.path("createAt").asLong()),
					msgId, "picture".equals(type) ? "image" : "file", "dingtalk-download:" + downloadCode,
					text(m.path("content"), "fileName"), session);
		}
		if (!"text".equals(type)) {
			return null;
		}
		String content = m.path("text").path("content").asString("");
		return new InboundEvent.Text(sender, conversation, Instant.ofEpochMilli(m.path("createAt").asLong()), msgId,
				content.strip(), session);
	}

	/**
	 * The message's sessionWebhook, taken only when it points at the app's own oapi
	 * host's sendBySession (Baton posts answers to it: it must never be a URL a message
	 * could name freely) and comes with its expiry time.
	 */
	private SessionWebhook session(JsonNode m) {
		String url = text(m, "sessionWebhook");
		if (url == null || !m.path("sessionWebhookExpiredTime").canConvertToLong() || url.length() > 1024
				|| !url.startsWith(app.oapiBaseUrl() + "/robot/sendBySession?")) {
			return null;
		}
		return new SessionWebhook(url, Instant.ofEpochMilli(m.path("sessionWebhookExpiredTime").asLong()));
	}

	public InboundEvent.CardAction cardAction(JsonNode c) {
		String outTrackId = requireText(c, "outTrackId");
		String userId = requireText(c, "userId");
		JsonNode content;
		try {
			content = JSON.readTree(c.path("content").asString("{}"));
		}
		catch (JacksonException ex) {
			throw new CallbackRejected(400, "card callback content is not JSON", ex);
		}
		JsonNode privateData = content.path("cardPrivateData");
		String action = privateData.path("actionIds").path(0).asString(null);
		if (action == null) {
			throw new CallbackRejected(400, "card callback without an action");
		}
		Map<String, String> params = new LinkedHashMap<>();
		privateData.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asString("")));
		String corp = ownCorp(c, "corpId");
		// DingTalk sends no click time: the arrival time dates it
		return new InboundEvent.CardAction(new ChatUser(Platform.DINGTALK, corp, userId), Conversation.direct(userId),
				clock.instant(), outTrackId, action, params, null);
	}

	/**
	 * The corp a callback names must be the app's own: a signed callback claiming another
	 * corp's user is refused (403) before anything is stored. A callback naming none is
	 * the app's.
	 */
	private String ownCorp(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value != null && !value.isNull() && value.isString() && value.asString().isBlank()) {
			throw new CallbackRejected(403, "callback naming no corp");
		}
		String named = text(node, field);
		if (named == null) {
			return app.corpId();
		}
		if (app.corpId() != null && !CallbackLimits.sameText(app.corpId(), named)) {
			throw new CallbackRejected(403, "callback from another corp");
		}
		return named;
	}

	public DingTalkApp app() {
		return app;
	}

	static JsonNode parse(byte[] body) {
		String json = CallbackLimits.strictUtf8(body);
		try {
			JsonNode node = JSON.readTree(json);
			if (node == null || !node.isObject()) {
				throw new CallbackRejected(400, "body is not a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new CallbackRejected(400, "malformed JSON", ex);
		}
	}

	private void requireSigned(String timestamp, String sign, String expected) {
		if (timestamp == null || sign == null || timestamp.length() > 20) {
			throw new CallbackRejected(400, "timestamp and sign headers are required");
		}
		long millis;
		try {
			millis = Long.parseLong(timestamp);
		}
		catch (NumberFormatException ex) {
			throw new CallbackRejected(400, "timestamp is not a number");
		}
		if (!CallbackLimits.sameText(expected, sign)) {
			throw new CallbackRejected(403, "signature mismatch");
		}
		if (Duration.between(Instant.ofEpochMilli(millis), clock.instant()).abs().compareTo(WINDOW) > 0) {
			throw new CallbackRejected(403, "timestamp outside the one-hour window");
		}
	}

	/**
	 * A string field, or null when absent or blank; a field of another type (a number, an
	 * object) is malformed.
	 */
	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new CallbackRejected(400, field + " is not a string");
		}
		return value.asString().isBlank() ? null : value.asString();
	}

	private static String requireText(JsonNode node, String field) {
		String value = text(node, field);
		if (value == null) {
			throw new CallbackRejected(400, "missing " + field);
		}
		return value;
	}

}
