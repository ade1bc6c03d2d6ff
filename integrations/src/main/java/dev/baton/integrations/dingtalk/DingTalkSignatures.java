package dev.baton.integrations.dingtalk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** DingTalk's HMAC-SHA256 signatures, Base64 (standard alphabet, padded). */
public final class DingTalkSignatures {

	/**
	 * One HMAC engine per thread, keyed anew for each signature: looking one up (the
	 * provider list, then the provider chosen on the first key) cost more than the
	 * signature itself in every DingTalk callback (the P1 ingest profile, BENCHMARKS.md).
	 */
	private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
		try {
			return Mac.getInstance("HmacSHA256");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JVM", ex);
		}
	});

	private DingTalkSignatures() {
	}

	/**
	 * Robot callbacks (and signed custom-robot sends): HMAC(appSecret, timestamp + "\n" +
	 * appSecret).
	 */
	public static String robot(String timestamp, String appSecret) {
		return hmac(appSecret, timestamp + "\n" + appSecret);
	}

	/** Card callbacks over HTTP: HMAC(apiSecret, timestamp), no secret in the message. */
	public static String card(String timestamp, String apiSecret) {
		return hmac(apiSecret, timestamp);
	}

	private static String hmac(String key, String message) {
		try {
			Mac mac = MACS.get();
			// init resets it with this key, whatever it was used for before on this
			// thread
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JVM", ex);
		}
	}

}
