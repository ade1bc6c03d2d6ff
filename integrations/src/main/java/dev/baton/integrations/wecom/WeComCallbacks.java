package dev.baton.integrations.wecom;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.baton.integrations.chat.CallbackLimits;
import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SafeXml;
import dev.baton.integrations.contacts.ContactEvent;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import me.chanjar.weixin.cp.util.xml.XStreamTransformer;
import org.w3c.dom.Document;

/**
 * Opens WeCom callbacks for one app, refusing before anything is acted on: the body size,
 * the timestamp window, the envelope (parsed with DTDs refused), the signature (constant
 * time), the decryption, the corpId inside the plaintext (WxJava does not check it) and
 * the agent. Only then is the message read, with WxJava's model.
 * <p>
 * Two receivers per app: the app's callback URL (its Token and EncodingAESKey: messages,
 * card presses, and the {@code change_contact} events of its visible range), and, when
 * configured, the contact-sync helper's event server ({@link #forContactSync}: the
 * helper's own Token and EncodingAESKey, {@code change_contact} only).
 */
public final class WeComCallbacks {

	/**
	 * Retries reuse the original timestamp; WeCom gives up after three within seconds.
	 */
	static final Duration WINDOW = Duration.ofMinutes(10);

	private final WeComApp app;

	private final String token;

	private final WeComCrypto crypto;

	private final boolean contactSyncOnly;

	private final Clock clock;

	public WeComCallbacks(WeComApp app, Clock clock) {
		this(app, app.token(), app.encodingAesKey(), false, clock);
	}

	private WeComCallbacks(WeComApp app, String token, String encodingAesKey, boolean contactSyncOnly, Clock clock) {
		this.app = app;
		this.token = token;
		this.crypto = new WeComCrypto(encodingAesKey);
		this.contactSyncOnly = contactSyncOnly;
		this.clock = clock;
	}

	/**
	 * The contact-sync helper's event server of the app's corp, verified with the
	 * helper's Token and key.
	 */
	public static WeComCallbacks forContactSync(WeComApp app, Clock clock) {
		if (!app.takesContactSyncEvents()) {
			throw new IllegalArgumentException("WeCom app " + app.name() + " has no contact-sync event server");
		}
		return new WeComCallbacks(app, app.contactSyncToken(), app.contactSyncEncodingAesKey(), true, clock);
	}

	/**
	 * What a verified POST callback carried: a message or card press for the
	 * conversation, a change of the org chart, or neither (something Baton has no use
	 * for, answered 200 all the same).
	 */
	public record Opened(InboundEvent message, ContactEvent contactChange) {

		static final Opened NOTHING = new Opened(null, null);

	}

	/** URL verification (GET): returns the plaintext echo to answer with. */
	public String verifyUrl(String msgSignature, String timestamp, String nonce, String echostr) {
		requireParams(msgSignature, timestamp, nonce);
		if (echostr == null || echostr.isEmpty() || echostr.length() > CallbackLimits.MAX_BODY_BYTES) {
			throw new CallbackRejected(400, "missing echostr");
		}
		requireFresh(timestamp);
		requireSignature(msgSignature, timestamp, nonce, echostr);
		return opened(echostr).message();
	}

	/**
	 * An encrypted POST callback. Returns the event, or null for a well-formed callback
	 * Baton has no use for (other message types and events, org-chart changes included),
	 * which is answered with 200 all the same.
	 */
	public InboundEvent open(String msgSignature, String timestamp, String nonce, byte[] body) {
		return openCallback(msgSignature, timestamp, nonce, body).message();
	}

	/**
	 * The message as WxJava's {@code WxCpXmlMessage.fromXml(xml, agentId)} reads it, less
	 * its {@code allFieldsMap}, which Baton does not use: filling it parses the XML once
	 * more with dom4j, whose parser is made through a {@code SAXParserFactory} looked up
	 * on the class path for every message; that lookup was most of a WeCom callback's
	 * time (the P1 ingest profile, BENCHMARKS.md).
	 */
	static WxCpXmlMessage message(String xml, String agentId) {
		WxCpXmlMessage message = XStreamTransformer.fromXml(WxCpXmlMessage.class,
				xml.replace("</PicList><PicList>", ""));
		message.setAgentId(agentId);
		return message;
	}

	/**
	 * An encrypted POST callback: a message, an org-chart change
	 * ({@code change_contact}), or nothing Baton uses.
	 */
	public Opened openCallback(String msgSignature, String timestamp, String nonce, byte[] body) {
		requireParams(msgSignature, timestamp, nonce);
		CallbackLimits.requireSize(body);
		requireFresh(timestamp);
		Document envelope = SafeXml.parse(body);
		String encrypt = SafeXml.child(envelope, "Encrypt");
		if (encrypt == null || encrypt.isBlank()) {
			throw new CallbackRejected(400, "no Encrypt element");
		}
		requireSignature(msgSignature, timestamp, nonce, encrypt.strip());
		String xml = opened(encrypt.strip()).message();
		// authenticated, but a DTD is never acceptable
		Document payload = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8));
		if (!app.corpId().equals(SafeXml.child(payload, "ToUserName"))) {
			throw new CallbackRejected(403, "message addressed to another corp");
		}
		String agentId = SafeXml.child(payload, "AgentID");
		if (agentId != null && !String.valueOf(app.agentId()).equals(agentId.strip())) {
			throw new CallbackRejected(403, "message for another agent");
		}
		WxCpXmlMessage message;
		try {
			message = message(xml, agentId);
		}
		catch (RuntimeException ex) {
			// authenticated, but a field WxJava cannot read (Department "1,x"): refused,
			// nothing acted on
			throw new CallbackRejected(400, "unreadable message", ex);
		}
		if ("event".equals(message.getMsgType()) && "change_contact".equals(message.getEvent())) {
			return new Opened(null, WeComContactEvents.of(app.corpId(), message, xml));
		}
		return contactSyncOnly ? Opened.NOTHING : new Opened(toEvent(message), null);
	}

	public WeComApp app() {
		return app;
	}

	private InboundEvent toEvent(WxCpXmlMessage m) {
		if (m.getFromUserName() == null || m.getFromUserName().isBlank() || m.getCreateTime() == null) {
			throw new CallbackRejected(400, "message without sender or time");
		}
		ChatUser sender = new ChatUser(Platform.WECOM, app.corpId(), m.getFromUserName());
		Instant at = Instant.ofEpochSecond(m.getCreateTime());
		Conversation direct = Conversation.direct(m.getFromUserName());
		if ("text".equals(m.getMsgType())) {
			if (m.getMsgId() == null) {
				throw new CallbackRejected(400, "text message without MsgId");
			}
			return new InboundEvent.Text(sender, direct, at, String.valueOf(m.getMsgId()),
					m.getContent() == null ? "" : m.getContent());
		}
		if (("image".equals(m.getMsgType()) || "file".equals(m.getMsgType())) && m.getMediaId() != null
				&& m.getMsgId() != null) {
			// WeCom keeps a received media id for three days: Baton records the reference
			// at once
			return new InboundEvent.Attachment(sender, direct, at, String.valueOf(m.getMsgId()), m.getMsgType(),
					"wecom-media:" + m.getMediaId(), "file".equals(m.getMsgType()) ? m.getTitle() : null);
		}
		if ("event".equals(m.getMsgType()) && "template_card_event".equals(m.getEvent())) {
			if (m.getTaskId() == null || m.getEventKey() == null) {
				throw new CallbackRejected(400, "card event without TaskId or EventKey");
			}
			return new InboundEvent.CardAction(sender, direct, at, m.getTaskId(), m.getEventKey(), Map.of(),
					m.getResponseCode());
		}
		return null;
	}

	private WeComCrypto.Plaintext opened(String encrypt) {
		WeComCrypto.Plaintext plaintext = crypto.decrypt(encrypt);
		if (!CallbackLimits.sameText(app.corpId(), plaintext.receiveId())) {
			throw new CallbackRejected(403, "encrypted for another corp");
		}
		return plaintext;
	}

	private void requireSignature(String msgSignature, String timestamp, String nonce, String encrypt) {
		String expected = WeComCrypto.signature(token, timestamp, nonce, encrypt);
		if (!CallbackLimits.sameText(expected, msgSignature.toLowerCase(java.util.Locale.ROOT))) {
			throw new CallbackRejected(403, "signature mismatch");
		}
	}

	private void requireFresh(String timestamp) {
		long seconds;
		try {
			seconds = Long.parseLong(timestamp);
		}
		catch (NumberFormatException ex) {
			throw new CallbackRejected(400, "timestamp is not a number");
		}
		Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
		if (skew.compareTo(WINDOW) > 0) {
			throw new CallbackRejected(403, "timestamp outside the " + WINDOW.toMinutes() + "-minute window");
		}
	}

	private static void requireParams(String msgSignature, String timestamp, String nonce) {
		if (msgSignature == null || timestamp == null || nonce == null || msgSignature.length() != 40
				|| timestamp.length() > 20 || nonce.length() > 64) {
			throw new CallbackRejected(400, "msg_signature, timestamp and nonce are required");
		}
	}

}
