package dev.baton.emulator.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The callback crypto of WeCom (and, with the AppKey as receive id, DingTalk's event
 * subscriptions): AES-256-CBC with IV = the first 16 key bytes, PKCS#7 padding to 32-byte
 * blocks, plaintext = 16 random bytes + 4-byte big-endian length + message + receive id;
 * SHA-1 signature over the sorted token, timestamp, nonce and ciphertext.
 */
public final class WeComCrypto {

	private static final int BLOCK = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String token;

	private final byte[] key;

	private final String receiveId;

	/**
	 * @param encodingAesKey the 43-character EncodingAESKey
	 * @param receiveId the corpId (WeCom self-built app) or AppKey/corpId/suiteKey
	 * (DingTalk)
	 */
	public WeComCrypto(String token, String encodingAesKey, String receiveId) {
		this.token = token;
		this.key = Base64.getDecoder().decode(encodingAesKey + "=");
		if (key.length != 32) {
			throw new IllegalArgumentException("the EncodingAESKey must decode to 32 bytes");
		}
		this.receiveId = receiveId;
	}

	/** A fresh 16-byte random prefix. */
	public static byte[] randomPrefix() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	public String encrypt(String message) {
		return encrypt(message, randomPrefix());
	}

	/**
	 * Encrypts with a given 16-byte random prefix (so test vectors can be reproduced).
	 */
	public String encrypt(String message, byte[] randomPrefix) {
		return encryptRaw(message.getBytes(StandardCharsets.UTF_8), receiveId, randomPrefix);
	}

	/**
	 * Encrypts raw message bytes with any receive id (for deliberately bad callbacks).
	 */
	public String encryptRaw(byte[] message, String receiveIdToUse, byte[] randomPrefix) {
		if (randomPrefix.length != 16) {
			throw new IllegalArgumentException("the random prefix has 16 bytes");
		}
		byte[] id = receiveIdToUse.getBytes(StandardCharsets.UTF_8);
		int length = 16 + 4 + message.length + id.length;
		int pad = BLOCK - (length % BLOCK);
		ByteBuffer plain = ByteBuffer.allocate(length + pad);
		plain.put(randomPrefix).putInt(message.length).put(message).put(id);
		for (int i = 0; i < pad; i++) {
			plain.put((byte) pad);
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
			return Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A decrypted message: its random prefix, text and receive id. */
	public record Plain(byte[] randomPrefix, String message, String receiveId) {
	}

	public Plain decrypt(String encrypted) {
		byte[] plain;
		try {
			Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
			plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("cannot decrypt", e);
		}
		int pad = plain[plain.length - 1] & 0xff;
		if (pad < 1 || pad > BLOCK || pad > plain.length - 20) {
			throw new IllegalArgumentException("bad padding");
		}
		byte[] content = Arrays.copyOf(plain, plain.length - pad);
		int length = ByteBuffer.wrap(content, 16, 4).getInt();
		if (length < 0 || 20 + length > content.length) {
			throw new IllegalArgumentException("bad message length");
		}
		return new Plain(Arrays.copyOf(content, 16), new String(content, 20, length, StandardCharsets.UTF_8),
				new String(content, 20 + length, content.length - 20 - length, StandardCharsets.UTF_8));
	}

	public String signature(String timestamp, String nonce, String encrypted) {
		return signature(token, timestamp, nonce, encrypted);
	}

	/** lowercase hex SHA-1 of the sorted, concatenated values. */
	public static String signature(String token, String timestamp, String nonce, String encrypted) {
		String[] parts = { token, timestamp, nonce, encrypted };
		Arrays.sort(parts);
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			return HexFormat.of().formatHex(sha1.digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public String token() {
		return token;
	}

	public String receiveId() {
		return receiveId;
	}

}
