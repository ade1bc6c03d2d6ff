package dev.baton.integrations.chat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks every inbound callback shares: size, strict UTF-8, constant-time comparison. */
public final class CallbackLimits {

	/**
	 * No callback Baton accepts is larger: a text message is at most a few KiB, a card
	 * event less.
	 */
	public static final int MAX_BODY_BYTES = 64 * 1024;

	private CallbackLimits() {
	}

	public static void requireSize(byte[] body) {
		if (body == null || body.length == 0) {
			throw new CallbackRejected(400, "empty body");
		}
		if (body.length > MAX_BODY_BYTES) {
			throw new CallbackRejected(413, "body of " + body.length + " bytes is over the limit of " + MAX_BODY_BYTES);
		}
	}

	/**
	 * Decodes UTF-8, refusing malformed or truncated sequences instead of replacing them.
	 */
	public static String strictUtf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new CallbackRejected(400, "not valid UTF-8", ex);
		}
	}

	/** Compares in time independent of where the inputs differ. */
	public static boolean sameText(String expected, String actual) {
		if (expected == null || actual == null) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				actual.getBytes(StandardCharsets.UTF_8));
	}

}
