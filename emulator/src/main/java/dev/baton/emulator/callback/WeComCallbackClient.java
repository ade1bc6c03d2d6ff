package dev.baton.emulator.callback;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.crypto.WeComCrypto;
import dev.baton.emulator.wecom.WeComPlatform;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Acts as WeCom towards Baton's callback URL: URL verification (GET) and encrypted, signed POST callbacks with
 * WeCom's retries. Use {@link #bad()} for callbacks Baton must refuse.
 */
public final class WeComCallbackClient {

    private final WeComApp app;
    private final URI target;
    private final EmulatorClock clock;
    private final WeComPlatform platform;
    private final CallbackSender sender;
    private final WeComCrypto crypto;
    private volatile RetryPolicy retryPolicy = RetryPolicy.wecom();

    /**
     * @param platform issues the response codes of click events; may be null when used without an emulator
     */
    public WeComCallbackClient(WeComApp app, URI target, EmulatorClock clock, WeComPlatform platform,
                               CallbackSender sender) {
        this.app = app;
        this.target = target;
        this.clock = clock;
        this.platform = platform;
        this.sender = sender;
        this.crypto = new WeComCrypto(app.token(), app.aesKey(), app.corpId());
    }

    /** Changes how long to wait for Baton and how often to re-send (default: WeCom's 5 s and 3 retries). */
    public WeComCallbackClient retryPolicy(RetryPolicy policy) {
        this.retryPolicy = policy;
        return this;
    }

    public WeComCrypto crypto() {
        return crypto;
    }

    /** The outcome of a URL verification: Baton must answer the decrypted echostr, verbatim. */
    public record UrlVerification(CallbackResult result, String expectedEcho) {
        public boolean verified() {
            return result.accepted() && expectedEcho.equals(result.body());
        }
    }

    /** GET {@code ?msg_signature&timestamp&nonce&echostr}, as when an admin saves the callback URL. */
    public UrlVerification verifyUrl() {
        String echo = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, Long.MAX_VALUE));
        String timestamp = Long.toString(clock.millis() / 1000);
        String nonce = nonce();
        String echostr = crypto.encrypt(echo);
        return new UrlVerification(sender.send(verificationRequest(echostr, timestamp, nonce,
                crypto.signature(timestamp, nonce, echostr)), RetryPolicy.once(retryPolicy.answerTimeout())), echo);
    }

    RawCallback verificationRequest(String echostr, String timestamp, String nonce, String signature) {
        URI uri = URI.create(target + (target.getRawQuery() == null ? "?" : "&") + "msg_signature=" + signature
                + "&timestamp=" + timestamp + "&nonce=" + nonce + "&echostr="
                + URLEncoder.encode(echostr, StandardCharsets.UTF_8));
        return new RawCallback("GET", uri, Map.of(), new byte[0]);
    }

    /** A member's text message to the app. */
    public CallbackResult text(String fromUser, String content) {
        long msgId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        return send(WeComXml.textMessage(app.corpId(), fromUser, clock.millis() / 1000, content, msgId,
                app.agentId()));
    }

    /** A click on a template card's button; the event's ResponseCode is issued by the emulator (one update, 72 h). */
    public CallbackResult templateCardEvent(String fromUser, String taskId, String eventKey) {
        String responseCode = platform == null ? "RC" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE)
                : platform.issueResponseCode(app, taskId, fromUser);
        return send(WeComXml.templateCardEvent(app.corpId(), fromUser, clock.millis() / 1000, eventKey, taskId,
                "button_interaction", responseCode, app.agentId()));
    }

    /** Encrypts, signs and POSTs any decrypted callback XML, with retries. */
    public CallbackResult send(String plaintextXml) {
        return sender.send(post(plaintextXml, WeComCrypto.randomPrefix(), Long.toString(clock.millis() / 1000),
                nonce()), retryPolicy);
    }

    /** Sends a prepared request (e.g. from {@link #bad()}) with the retry policy. */
    public CallbackResult send(RawCallback callback) {
        return sender.send(callback, retryPolicy);
    }

    /** The POST exactly as WeCom would send it, for given random prefix, timestamp and nonce. */
    public RawCallback post(String plaintextXml, byte[] randomPrefix, String timestamp, String nonce) {
        String encrypt = crypto.encrypt(plaintextXml, randomPrefix);
        return post(WeComXml.envelope(app.corpId(), app.agentId(), encrypt).getBytes(StandardCharsets.UTF_8),
                timestamp, nonce, crypto.signature(timestamp, nonce, encrypt));
    }

    RawCallback post(byte[] body, String timestamp, String nonce, String signature) {
        URI uri = URI.create(target + (target.getRawQuery() == null ? "?" : "&") + "msg_signature=" + signature
                + "&timestamp=" + timestamp + "&nonce=" + nonce);
        return new RawCallback("POST", uri, Map.of("Content-Type", "text/xml; charset=UTF-8"), body);
    }

    /**
     * Decrypts a passive reply ({@code <xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/></xml>}) after checking its
     * signature; an empty body (no reply) gives null.
     */
    public String decryptReply(String replyBody) {
        if (replyBody == null || replyBody.isEmpty()) {
            return null;
        }
        String encrypt = WeComXml.element(replyBody, "Encrypt");
        String signature = WeComXml.element(replyBody, "MsgSignature");
        String expected = crypto.signature(WeComXml.element(replyBody, "TimeStamp"),
                WeComXml.element(replyBody, "Nonce"), encrypt);
        if (!expected.equals(signature)) {
            throw new IllegalArgumentException("the reply's MsgSignature does not match");
        }
        WeComCrypto.Plain plain = crypto.decrypt(encrypt);
        if (!plain.receiveId().equals(app.corpId())) {
            throw new IllegalArgumentException("the reply is for another corp: " + plain.receiveId());
        }
        return plain.message();
    }

    /** Builders of callbacks the real platform would never send; Baton must refuse each. */
    public BadWeComCallbacks bad() {
        return new BadWeComCallbacks(this, app, crypto, clock);
    }

    static String nonce() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }
}
