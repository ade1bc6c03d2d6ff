package dev.baton.emulator.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** DingTalk's callback signatures (dingtalk.md §1.1 and §4.3). */
public final class DingTalkSignatures {

	private DingTalkSignatures() {
	}

	/**
	 * Robot HTTP callback {@code sign} header: Base64(HmacSHA256(key=appSecret, timestamp
	 * + "\n" + appSecret)).
	 */
	public static String robotSign(long timestampMillis, String appSecret) {
		return hmac(appSecret, timestampMillis + "\n" + appSecret);
	}

	/**
	 * HTTP card callback {@code x-ddpaas-signature}: Base64(HmacSHA256(key=apiSecret,
	 * timestamp)).
	 */
	public static String cardSign(long timestampMillis, String apiSecret) {
		return hmac(apiSecret, Long.toString(timestampMillis));
	}

	private static String hmac(String key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
