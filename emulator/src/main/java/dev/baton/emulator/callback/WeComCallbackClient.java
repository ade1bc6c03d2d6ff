package dev.baton.emulator.callback;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.account.WeComContactSync;
import dev.baton.emulator.crypto.WeComCrypto;
import dev.baton.emulator.wecom.WeComPlatform;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Acts as WeCom towards Baton's callback URL: URL verification (GET) and encrypted,
 * signed POST callbacks with WeCom's retries. Use {@link #bad()} for callbacks Baton must
 * refuse. The receiver is an app (its callback URL, its Token and EncodingAESKey) or the
 * corp's contact-sync helper (its event server, its own Token and EncodingAESKey, no
 * AgentID).
 */
public final class WeComCallbackClient {

	private final WeComApp app;

	private final WeComContactSync contactSync;

	private final String corpId;

	private final Integer agentId;

	private final URI target;

	private final EmulatorClock clock;

	private final WeComPlatform platform;

	private final CallbackSender sender;

	private final WeComCrypto crypto;

	private volatile RetryPolicy retryPolicy = RetryPolicy.wecom();

	/**
	 * @param platform issues the response codes of click events; may be null when used
	 * without an emulator
	 */
	public WeComCallbackClient(WeComApp app, URI target, EmulatorClock clock, WeComPlatform platform,
			CallbackSender sender) {
		this.app = app;
		this.contactSync = null;
		this.corpId = app.corpId();
		this.agentId = app.agentId();
		this.target = target;
		this.clock = clock;
		this.platform = platform;
		this.sender = sender;
		this.crypto = new WeComCrypto(app.token(), app.aesKey(), app.corpId());
	}

	/** As the corp's contact-sync helper towards its event server URL. */
	public WeComCallbackClient(WeComContactSync contactSync, URI target, EmulatorClock clock, WeComPlatform platform,
			CallbackSender sender) {
		this.app = null;
		this.contactSync = contactSync;
		this.corpId = contactSync.corpId();
		this.agentId = null;
		this.target = target;
		this.clock = clock;
		this.platform = platform;
		this.sender = sender;
		this.crypto = new WeComCrypto(contactSync.token(), contactSync.aesKey(), contactSync.corpId());
	}

	/**
	 * Changes how long to wait for Baton and how often to re-send (default: WeCom's 5 s
	 * and 3 retries).
	 */
	public WeComCallbackClient retryPolicy(RetryPolicy policy) {
		this.retryPolicy = policy;
		return this;
	}

	public WeComCrypto crypto() {
		return crypto;
	}

	/**
	 * The outcome of a URL verification: Baton must answer the decrypted echostr,
	 * verbatim.
	 */
	public record UrlVerification(CallbackResult result, String expectedEcho) {
		public boolean verified() {
			return result.accepted() && expectedEcho.equals(result.body());
		}
	}

	/**
	 * GET {@code ?msg_signature&timestamp&nonce&echostr}, as when an admin saves the
	 * callback URL.
	 */
	public UrlVerification verifyUrl() {
		String echo = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, Long.MAX_VALUE));
		String timestamp = Long.toString(clock.millis() / 1000);
		String nonce = nonce();
		String echostr = crypto.encrypt(echo);
		return new UrlVerification(
				sender.send(verificationRequest(echostr, timestamp, nonce, crypto.signature(timestamp, nonce, echostr)),
						RetryPolicy.once(retryPolicy.answerTimeout())),
				echo);
	}

	RawCallback verificationRequest(String echostr, String timestamp, String nonce, String signature) {
		URI uri = URI
			.create(target + (target.getRawQuery() == null ? "?" : "&") + "msg_signature=" + signature + "&timestamp="
					+ timestamp + "&nonce=" + nonce + "&echostr=" + URLEncoder.encode(echostr, StandardCharsets.UTF_8));
		return new RawCallback("GET", uri, Map.of(), new byte[0]);
	}

	/** A member's text message to the app. */
	public CallbackResult text(String fromUser, String content) {
		requireApp();
		long msgId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
		return send(WeComXml.textMessage(app.corpId(), fromUser, clock.millis() / 1000, content, msgId, app.agentId()));
	}

	/**
	 * A click on a template card's button; the event's ResponseCode is issued by the
	 * emulator (one update, 72 h).
	 */
	public CallbackResult templateCardEvent(String fromUser, String taskId, String eventKey) {
		requireApp();
		String responseCode = platform == null ? "RC" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE)
				: platform.issueResponseCode(app, taskId, fromUser);
		return send(WeComXml.templateCardEvent(app.corpId(), fromUser, clock.millis() / 1000, eventKey, taskId,
				"button_interaction", responseCode, app.agentId()));
	}

	/**
	 * The {@code change_contact} plaintexts as this receiver gets them: ids only for the
	 * contact-sync helper, the mobile only for an app created before 2022-06-20.
	 */
	public WeComContactXml contactXml() {
		boolean withMobile = app != null && platform != null && platform.seesSensitiveFields(app.id());
		return new WeComContactXml(corpId, contactSync != null, withMobile,
				platform == null ? null : platform.directory());
	}

	private long now() {
		return clock.millis() / 1000;
	}

	/** change_contact create_user. */
	public CallbackResult createUser(Directory.Member member) {
		return send(contactXml().createUser(now(), member));
	}

	/**
	 * change_contact update_user with the fields that changed (NewUserID when the userid
	 * did).
	 */
	public CallbackResult updateUser(Directory.Member before, Directory.Member after) {
		return send(contactXml().updateUser(now(), before, after));
	}

	/** change_contact delete_user. */
	public CallbackResult deleteUser(String userId) {
		return send(contactXml().deleteUser(now(), userId));
	}

	/** change_contact create_party. */
	public CallbackResult createParty(Directory.Department department) {
		return send(contactXml().createParty(now(), department));
	}

	/** change_contact update_party. */
	public CallbackResult updateParty(Directory.Department department) {
		return send(contactXml().updateParty(now(), department));
	}

	/** change_contact delete_party. */
	public CallbackResult deleteParty(String departmentId) {
		return send(contactXml().deleteParty(now(), departmentId));
	}

	/** Encrypts, signs and POSTs any decrypted callback XML, with retries. */
	public CallbackResult send(String plaintextXml) {
		return sender.send(
				post(plaintextXml, WeComCrypto.randomPrefix(), Long.toString(clock.millis() / 1000), nonce()),
				retryPolicy);
	}

	/** Sends a prepared request (e.g. from {@link #bad()}) with the retry policy. */
	public CallbackResult send(RawCallback callback) {
		return sender.send(callback, retryPolicy);
	}

	/**
	 * The POST exactly as WeCom would send it, for given random prefix, timestamp and
	 * nonce.
	 */
	public RawCallback post(String plaintextXml, byte[] randomPrefix, String timestamp, String nonce) {
		String encrypt = crypto.encrypt(plaintextXml, randomPrefix);
		return post(envelope(encrypt).getBytes(StandardCharsets.UTF_8), timestamp, nonce,
				crypto.signature(timestamp, nonce, encrypt));
	}

	RawCallback post(byte[] body, String timestamp, String nonce, String signature) {
		URI uri = URI.create(target + (target.getRawQuery() == null ? "?" : "&") + "msg_signature=" + signature
				+ "&timestamp=" + timestamp + "&nonce=" + nonce);
		return new RawCallback("POST", uri, Map.of("Content-Type", "text/xml; charset=UTF-8"), body);
	}

	/**
	 * Decrypts a passive reply
	 * ({@code <xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/></xml>}) after checking
	 * its signature; an empty body (no reply) gives null.
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
		if (!plain.receiveId().equals(corpId)) {
			throw new IllegalArgumentException("the reply is for another corp: " + plain.receiveId());
		}
		return plain.message();
	}

	/**
	 * Builders of callbacks the real platform would never send; Baton must refuse each.
	 */
	public BadWeComCallbacks bad() {
		return new BadWeComCallbacks(this, corpId, agentId, crypto, clock);
	}

	/**
	 * The outer POST body: the corp, the ciphertext and, for an app, its AgentID (only
	 * Encrypt is signed).
	 */
	String envelope(String encrypt) {
		return agentId == null ? WeComXml.envelope(corpId, encrypt) : WeComXml.envelope(corpId, agentId, encrypt);
	}

	private void requireApp() {
		if (app == null) {
			throw new IllegalStateException("the contact-sync helper sends change_contact events only");
		}
	}

	static String nonce() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
	}

}
