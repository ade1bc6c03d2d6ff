package dev.baton.bot.signoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Six-digit one-time codes; only their salted SHA-256 is stored. */
final class SigningCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SigningCodes() {
	}

	static String newCode() {
		return String.format("%06d", RANDOM.nextInt(1_000_000));
	}

	/** Salted with the case and the signer, so a code is worth nothing elsewhere. */
	static String hash(long handoverId, long officialId, String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((handoverId + ":" + officialId + ":" + code).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean matches(String expectedHash, long handoverId, long officialId, String code) {
		String actual = hash(handoverId, officialId, code == null ? "" : code.strip());
		return MessageDigest.isEqual(expectedHash.getBytes(StandardCharsets.US_ASCII),
				actual.getBytes(StandardCharsets.US_ASCII));
	}

}
