package dev.baton.emulator.callback;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.crypto.WeComCrypto;
import dev.baton.emulator.dingtalk.EventSubscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * DingTalk event callbacks (HTTP push) that Baton must refuse, changing nothing: each is
 * an org event (a user left) that would change the directory if it were taken. Send them
 * with {@link DingTalkEventClient#send(RawCallback)}.
 */
public final class BadDingTalkEventCallbacks {

	private final DingTalkEventClient client;

	private final EventSubscription subscription;

	private final DingTalkApp app;

	private final EmulatorClock clock;

	BadDingTalkEventCallbacks(DingTalkEventClient client, EventSubscription subscription, DingTalkApp app,
			EmulatorClock clock) {
		this.client = client;
		this.subscription = subscription;
		this.app = app;
		this.clock = clock;
	}

	private String plaintext(String userId) {
		return dev.baton.emulator.http.Json
			.write(client.httpEvent("user_leave_org", DingTalkEventClient.newEventId(), List.of(userId)));
	}

	private WeComCrypto crypto(String receiveId) {
		return new WeComCrypto(subscription.token(), subscription.aesKey(), receiveId);
	}

	/** Encrypted correctly, signed with another token. */
	public RawCallback forgedSignature(String userId) {
		return client.request(subscription, crypto(app.appKey()).encrypt(plaintext(userId)), clock.millis(),
				DingTalkEventClient.nonce(), subscription.token() + "x");
	}

	/** Signed and encrypted correctly, but the timestamp is {@code age} old. */
	public RawCallback stale(String userId, Duration age) {
		return client.signed(plaintext(userId), clock.millis() - age.toMillis(), DingTalkEventClient.nonce());
	}

	/**
	 * Signed correctly, but encrypted for another app (the owner key at the end of the
	 * plaintext differs).
	 */
	public RawCallback otherOwner(String userId) {
		return client.request(subscription, crypto("dingotherapp0001").encrypt(plaintext(userId)), clock.millis(),
				DingTalkEventClient.nonce(), subscription.token());
	}

	/** Signed correctly; {@code encrypt} is not Base64 of whole AES blocks. */
	public RawCallback garbledCiphertext() {
		return client.request(subscription, "not-base64!!", clock.millis(), DingTalkEventClient.nonce(),
				subscription.token());
	}

	/** Signed and encrypted correctly; the plaintext is not JSON. */
	public RawCallback plaintextNotJson() {
		return client.signed("{\"EventType\":\"user_leave_org\",", clock.millis(), DingTalkEventClient.nonce());
	}

	/** The body is not JSON (no signature can be checked against it). */
	public RawCallback bodyNotJson() {
		String ts = Long.toString(clock.millis());
		String nonce = DingTalkEventClient.nonce();
		return client.rawRequest(subscription, WeComCrypto.signature(subscription.token(), ts, nonce, "x"), ts, nonce,
				"{\"encrypt\":".getBytes(StandardCharsets.UTF_8));
	}

	/** No {@code msg_signature}, {@code timestamp} and {@code nonce} at all. */
	public RawCallback unsigned(String userId) {
		String encrypt = crypto(app.appKey()).encrypt(plaintext(userId));
		return client.rawRequest(subscription, null, null, null,
				("{\"encrypt\":\"" + encrypt + "\"}").getBytes(StandardCharsets.UTF_8));
	}

	/** Signed and encrypted correctly, at least {@code bytes} long. */
	public RawCallback oversized(int bytes) {
		String padded = "{\"EventType\":\"user_leave_org\",\"pad\":\"" + "x".repeat(Math.max(1, bytes)) + "\"}";
		return client.signed(padded, clock.millis(), DingTalkEventClient.nonce());
	}

}
