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
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import org.w3c.dom.Document;

/**
 * Opens WeCom callbacks for one app, refusing before anything is acted on: the body size, the timestamp window, the
 * envelope (parsed with DTDs refused), the signature (constant time), the decryption, the corpId inside the
 * plaintext (WxJava does not check it) and the agent. Only then is the message read, with WxJava's model.
 */
public final class WeComCallbacks {

	/** Retries reuse the original timestamp; WeCom gives up after three within seconds. */
	static final Duration WINDOW = Duration.ofMinutes(10);

	private final WeComApp app;

	private final WeComCrypto crypto;

	private final Clock clock;

	public WeComCallbacks(WeComApp app, Clock clock) {
		this.app = app;
		this.crypto = new WeComCrypto(app.encodingAesKey());
		this.clock = clock;
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
	 * An encrypted POST callback. Returns the event, or null for a well-formed callback Baton has no use for (other
	 * message types and events), which is answered with 200 all the same.
	 */
	public InboundEvent open(String msgSignature, String timestamp, String nonce, byte[] body) {
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
		WxCpXmlMessage message = WxCpXmlMessage.fromXml(xml, agentId);
		return toEvent(message);
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
			// WeCom keeps a received media id for three days: Baton records the reference at once
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
		String expected = WeComCrypto.signature(app.token(), timestamp, nonce, encrypt);
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
