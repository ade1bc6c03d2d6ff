package dev.baton.emulator.callback;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.crypto.WeComCrypto;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** WeCom callbacks that must be refused. Send them with {@link WeComCallbackClient#send(RawCallback)}. */
public final class BadWeComCallbacks {

    private final WeComCallbackClient client;
    private final WeComApp app;
    private final WeComCrypto crypto;
    private final EmulatorClock clock;

    BadWeComCallbacks(WeComCallbackClient client, WeComApp app, WeComCrypto crypto, EmulatorClock clock) {
        this.client = client;
        this.app = app;
        this.crypto = crypto;
        this.clock = clock;
    }

    private String now() {
        return Long.toString(clock.millis() / 1000);
    }

    private String sample(String content) {
        return WeComXml.textMessage(app.corpId(), "zhangsan", clock.millis() / 1000, content, 1_234_567L,
                app.agentId());
    }

    private RawCallback signed(byte[] envelope, String encrypt, String timestamp) {
        String nonce = WeComCallbackClient.nonce();
        return client.post(envelope, timestamp, nonce, crypto.signature(timestamp, nonce, encrypt));
    }

    private RawCallback signedText(String plaintext, String timestamp) {
        String encrypt = crypto.encrypt(plaintext);
        return signed(WeComXml.envelope(app.corpId(), app.agentId(), encrypt).getBytes(StandardCharsets.UTF_8),
                encrypt, timestamp);
    }

    /** A good message whose msg_signature is off by one character. */
    public RawCallback wrongSignature() {
        String encrypt = crypto.encrypt(sample("wrong signature"));
        String nonce = WeComCallbackClient.nonce();
        String signature = crypto.signature(now(), nonce, encrypt);
        String bad = (signature.charAt(0) == '0' ? '1' : '0') + signature.substring(1);
        return client.post(WeComXml.envelope(app.corpId(), app.agentId(), encrypt).getBytes(StandardCharsets.UTF_8),
                now(), nonce, bad);
    }

    /** A correctly signed message whose timestamp is {@code age} old (a replay). */
    public RawCallback staleTimestamp(Duration age) {
        return signedText(sample("stale"), Long.toString(clock.millis() / 1000 - age.toSeconds()));
    }

    /** Signed with the right token and key, but the plaintext names another corp as receive id. */
    public RawCallback wrongCorpId(String otherCorpId) {
        String encrypt = crypto.encryptRaw(sample("other corp").getBytes(StandardCharsets.UTF_8), otherCorpId,
                WeComCrypto.randomPrefix());
        return signed(WeComXml.envelope(app.corpId(), app.agentId(), encrypt).getBytes(StandardCharsets.UTF_8),
                encrypt, now());
    }

    /** The outer XML carries a DOCTYPE with an external entity (XXE); the signature over Encrypt is valid. */
    public RawCallback doctypeInEnvelope() {
        String encrypt = crypto.encrypt(sample("xxe outside"));
        String body = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>&xxe;</ToUserName><Encrypt><![CDATA[" + encrypt + "]]></Encrypt>"
                + "<AgentID>" + app.agentId() + "</AgentID></xml>";
        return signed(body.getBytes(StandardCharsets.UTF_8), encrypt, now());
    }

    /** Correctly encrypted and signed, but the decrypted XML carries a DOCTYPE with an external entity. */
    public RawCallback doctypeInPlaintext() {
        String plaintext = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName><![CDATA[" + app.corpId() + "]]></ToUserName><FromUserName>zhangsan"
                + "</FromUserName><CreateTime>" + now() + "</CreateTime><MsgType>text</MsgType>"
                + "<Content>&xxe;</Content><MsgId>7654321</MsgId><AgentID>" + app.agentId() + "</AgentID></xml>";
        return signedText(plaintext, now());
    }

    /** A correctly signed message with a body of at least {@code bytes} bytes. */
    public RawCallback oversized(int bytes) {
        return signedText(sample("x".repeat(Math.max(1, bytes))), now());
    }

    /** A body that is not well-formed XML (the signature covers what would be the Encrypt value). */
    public RawCallback malformedXml() {
        String encrypt = crypto.encrypt(sample("malformed"));
        String body = "<xml><ToUserName><![CDATA[" + app.corpId() + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID>" + app.agentId();
        return signed(body.getBytes(StandardCharsets.UTF_8), encrypt, now());
    }

    /** Correctly encrypted and signed, but the decrypted message is not valid UTF-8. */
    public RawCallback invalidUtf8InPlaintext() {
        byte[] head = ("<xml><ToUserName><![CDATA[" + app.corpId() + "]]></ToUserName><FromUserName>zhangsan"
                + "</FromUserName><CreateTime>" + now() + "</CreateTime><MsgType>text</MsgType><Content>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("</Content><MsgId>7654322</MsgId><AgentID>" + app.agentId() + "</AgentID></xml>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
        byte[] message = new byte[head.length + invalid.length + tail.length];
        System.arraycopy(head, 0, message, 0, head.length);
        System.arraycopy(invalid, 0, message, head.length, invalid.length);
        System.arraycopy(tail, 0, message, head.length + invalid.length, tail.length);
        String encrypt = crypto.encryptRaw(message, app.corpId(), WeComCrypto.randomPrefix());
        return signed(WeComXml.envelope(app.corpId(), app.agentId(), encrypt).getBytes(StandardCharsets.UTF_8),
                encrypt, now());
    }

    /** The outer body itself is not valid UTF-8. */
    public RawCallback invalidUtf8Envelope() {
        String encrypt = crypto.encrypt(sample("bad bytes outside"));
        byte[] envelope = WeComXml.envelope(app.corpId(), app.agentId(), encrypt).getBytes(StandardCharsets.UTF_8);
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
