package dev.baton.emulator.callback;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.crypto.WeComCrypto;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * WeCom callbacks that must be refused. Send them with
 * {@link WeComCallbackClient#send(RawCallback)}.
 */
public final class BadWeComCallbacks {

	private final WeComCallbackClient client;

	private final String corpId;

	private final Integer agentId;

	private final WeComCrypto crypto;

	private final EmulatorClock clock;

	BadWeComCallbacks(WeComCallbackClient client, String corpId, Integer agentId, WeComCrypto crypto,
			EmulatorClock clock) {
		this.client = client;
		this.corpId = corpId;
		this.agentId = agentId;
		this.crypto = crypto;
		this.clock = clock;
	}

	private String now() {
		return Long.toString(clock.millis() / 1000);
	}

	/**
	 * A text message to an app; the contact-sync helper's receiver gets a change_contact
	 * event instead.
	 */
	private String sample(String content) {
		if (agentId == null) {
			return "<xml><ToUserName>" + WeComXml.cdata(corpId) + "</ToUserName><FromUserName>sys</FromUserName>"
					+ "<CreateTime>" + now() + "</CreateTime><MsgType>event</MsgType><Event>change_contact</Event>"
					+ "<ChangeType>create_user</ChangeType><UserID>" + WeComXml.cdata("zhangsan") + "</UserID>"
					+ "<Name>" + WeComXml.cdata(content) + "</Name></xml>";
		}
		return WeComXml.textMessage(corpId, "zhangsan", clock.millis() / 1000, content, 1_234_567L, agentId);
	}

	private int agentOrZero() {
		return agentId == null ? 0 : agentId;
	}

	private RawCallback signed(byte[] envelope, String encrypt, String timestamp) {
		String nonce = WeComCallbackClient.nonce();
		return client.post(envelope, timestamp, nonce, crypto.signature(timestamp, nonce, encrypt));
	}

	private RawCallback signedText(String plaintext, String timestamp) {
		String encrypt = crypto.encrypt(plaintext);
		return signed(client.envelope(encrypt).getBytes(StandardCharsets.UTF_8), encrypt, timestamp);
	}

	/** A good message whose msg_signature is off by one character. */
	public RawCallback wrongSignature() {
		return wrongSignature(sample("wrong signature"));
	}

	/**
	 * The given plaintext, encrypted correctly, with a msg_signature off by one
	 * character.
	 */
	public RawCallback wrongSignature(String plaintext) {
		String encrypt = crypto.encrypt(plaintext);
		String nonce = WeComCallbackClient.nonce();
		String signature = crypto.signature(now(), nonce, encrypt);
		String bad = (signature.charAt(0) == '0' ? '1' : '0') + signature.substring(1);
		return client.post(client.envelope(encrypt).getBytes(StandardCharsets.UTF_8), now(), nonce, bad);
	}

	/**
	 * The given plaintext, correctly signed, with a timestamp {@code age} old (a replay).
	 */
	public RawCallback staleTimestamp(String plaintext, Duration age) {
		return signedText(plaintext, Long.toString(clock.millis() / 1000 - age.toSeconds()));
	}

	/**
	 * The given plaintext signed with the right token and key, but encrypted for another
	 * corp.
	 */
	public RawCallback wrongCorpId(String plaintext, String otherCorpId) {
		String encrypt = crypto.encryptRaw(plaintext.getBytes(StandardCharsets.UTF_8), otherCorpId,
				WeComCrypto.randomPrefix());
		return signed(client.envelope(encrypt).getBytes(StandardCharsets.UTF_8), encrypt, now());
	}

	/** Correctly signed and encrypted, but the plaintext is not well-formed XML. */
	public RawCallback malformedPlaintext(String plaintext) {
		return signedText(plaintext, now());
	}

	/** A correctly signed message whose timestamp is {@code age} old (a replay). */
	public RawCallback staleTimestamp(Duration age) {
		return staleTimestamp(sample("stale"), age);
	}

	/**
	 * Signed with the right token and key, but the plaintext names another corp as
	 * receive id.
	 */
	public RawCallback wrongCorpId(String otherCorpId) {
		return wrongCorpId(sample("other corp"), otherCorpId);
	}

	/**
	 * The outer XML carries a DOCTYPE with an external entity (XXE); the signature over
	 * Encrypt is valid.
	 */
	public RawCallback doctypeInEnvelope() {
		String encrypt = crypto.encrypt(sample("xxe outside"));
		String body = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ "<xml><ToUserName>&xxe;</ToUserName><Encrypt><![CDATA[" + encrypt + "]]></Encrypt>" + "<AgentID>"
				+ agentOrZero() + "</AgentID></xml>";
		return signed(body.getBytes(StandardCharsets.UTF_8), encrypt, now());
	}

	/**
	 * Correctly encrypted and signed, but the decrypted XML carries a DOCTYPE with an
	 * external entity.
	 */
	public RawCallback doctypeInPlaintext() {
		String plaintext = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName>zhangsan"
				+ "</FromUserName><CreateTime>" + now() + "</CreateTime><MsgType>text</MsgType>"
				+ "<Content>&xxe;</Content><MsgId>7654321</MsgId><AgentID>" + agentOrZero() + "</AgentID></xml>";
		return signedText(plaintext, now());
	}

	/** A correctly signed message with a body of at least {@code bytes} bytes. */
	public RawCallback oversized(int bytes) {
		return signedText(sample("x".repeat(Math.max(1, bytes))), now());
	}

	/**
	 * A body that is not well-formed XML (the signature covers what would be the Encrypt
	 * value).
	 */
	public RawCallback malformedXml() {
		String encrypt = crypto.encrypt(sample("malformed"));
		String body = "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
				+ "]]></Encrypt><AgentID>" + agentOrZero();
		return signed(body.getBytes(StandardCharsets.UTF_8), encrypt, now());
	}

	/** Correctly encrypted and signed, but the decrypted message is not valid UTF-8. */
	public RawCallback invalidUtf8InPlaintext() {
		byte[] head = ("<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName>zhangsan"
				+ "</FromUserName><CreateTime>" + now() + "</CreateTime><MsgType>text</MsgType><Content>")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("</Content><MsgId>7654322</MsgId><AgentID>" + agentOrZero() + "</AgentID></xml>")
			.getBytes(StandardCharsets.UTF_8);
		byte[] invalid = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE };
		byte[] message = new byte[head.length + invalid.length + tail.length];
		System.arraycopy(head, 0, message, 0, head.length);
		System.arraycopy(invalid, 0, message, head.length, invalid.length);
		System.arraycopy(tail, 0, message, head.length + invalid.length, tail.length);
		String encrypt = crypto.encryptRaw(message, corpId, WeComCrypto.randomPrefix());
		return signed(client.envelope(encrypt).getBytes(StandardCharsets.UTF_8), encrypt, now());
	}

	/** The outer body itself is not valid UTF-8. */
	public RawCallback invalidUtf8Envelope() {
		String encrypt = crypto.encrypt(sample("bad bytes outside"));
		byte[] envelope = client.envelope(encrypt).getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[envelope.length + 2];
		System.arraycopy(envelope, 0, body, 0, 5);
		body[5] = (byte) 0xC0;
		body[6] = (byte) 0xAF;
		System.arraycopy(envelope, 5, body, 7, envelope.length - 5);
		return signed(body, encrypt, now());
	}

	/** A GET verification whose signature does not match. */
	public RawCallback wrongSignatureVerification() {
		String echostr = crypto.encrypt("12345");
		String nonce = WeComCallbackClient.nonce();
		return client.verificationRequest(echostr, now(), nonce, "0".repeat(40));
	}

}
