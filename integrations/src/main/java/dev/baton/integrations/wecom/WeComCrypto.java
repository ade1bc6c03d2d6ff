package dev.baton.integrations.wecom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import dev.baton.integrations.chat.CallbackLimits;
import dev.baton.integrations.chat.CallbackRejected;

/**
 * WeCom's callback cryptography (developer doc 90968): SHA-1 signature over the sorted
 * token, timestamp, nonce and ciphertext; AES-256-CBC with the IV taken from the key;
 * PKCS#7 padding to 32-byte blocks (so pad bytes run to 32, which Java's 16-byte PKCS5
 * unpadding rejects); plaintext = 16 random bytes, 4-byte big-endian length, message,
 * receive id (the corpId).
 */
public final class WeComCrypto {

	private static final int BLOCK = 32;

	private final byte[] key;

	/**
	 * A decrypting cipher per thread, initialised once: a CBC cipher returns to its
	 * initial state (key and IV) after each {@code doFinal}, so it need not be looked up
	 * and keyed again for every callback (the P1 ingest profile, BENCHMARKS.md).
	 */
	private final ThreadLocal<Cipher> decrypting = ThreadLocal.withInitial(() -> cipher(Cipher.DECRYPT_MODE).cipher());

	/**
	 * @param encodingAesKey the 43-character EncodingAESKey from the WeCom console
	 */
	public WeComCrypto(String encodingAesKey) {
		if (encodingAesKey == null || !encodingAesKey.matches("[A-Za-z0-9]{43}")) {
			throw new IllegalArgumentException("an EncodingAESKey is 43 letters and digits");
		}
		this.key = Base64.getDecoder().decode(encodingAesKey + "=");
	}

	public static String signature(String token, String timestamp, String nonce, String encrypt) {
		String[] parts = { token, timestamp, nonce, encrypt };
		Arrays.sort(parts);
		try {
			byte[] sha1 = MessageDigest.getInstance("SHA-1")
				.digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha1);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Decrypts a ciphertext; every malformed input is a {@link CallbackRejected} with
	 * 400.
	 */
	public Plaintext decrypt(String base64) {
		byte[] cipherText;
		try {
			cipherText = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new CallbackRejected(400, "ciphertext is not Base64", ex);
		}
		if (cipherText.length == 0 || cipherText.length % 16 != 0) {
			throw new CallbackRejected(400, "ciphertext length is not a whole number of AES blocks");
		}
		byte[] plain = decryptBlocks(cipherText);
		int pad = plain[plain.length - 1] & 0xff;
		if (pad < 1 || pad > BLOCK || pad > plain.length) {
			throw new CallbackRejected(400, "bad padding");
		}
		for (int i = plain.length - pad; i < plain.length; i++) {
			if ((plain[i] & 0xff) != pad) {
				throw new CallbackRejected(400, "bad padding");
			}
		}
		int end = plain.length - pad;
		if (end < 20) {
			throw new CallbackRejected(400, "plaintext too short");
		}
		int length = ByteBuffer.wrap(plain, 16, 4).getInt();
		if (length < 0 || 20 + length > end) {
			throw new CallbackRejected(400, "message length out of range");
		}
		String message = CallbackLimits.strictUtf8(Arrays.copyOfRange(plain, 20, 20 + length));
		String receiveId = CallbackLimits.strictUtf8(Arrays.copyOfRange(plain, 20 + length, end));
		return new Plaintext(message, receiveId);
	}

	/**
	 * Encrypts a message for WeCom (passive replies; tests). {@code random16} is the
	 * 16-byte random prefix.
	 */
	public String encrypt(byte[] random16, String message, String receiveId) {
		return encryptBytes(random16, message.getBytes(StandardCharsets.UTF_8), receiveId);
	}

	/**
	 * As {@link #encrypt}, for a message given as bytes (tests build invalid UTF-8 with
	 * it).
	 */
	public String encryptBytes(byte[] random16, byte[] msg, String receiveId) {
		if (random16.length != 16) {
			throw new IllegalArgumentException("the random prefix is 16 bytes");
		}
		byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
		int unpadded = 16 + 4 + msg.length + id.length;
		int pad = BLOCK - (unpadded % BLOCK);
		ByteBuffer buffer = ByteBuffer.allocate(unpadded + pad);
		buffer.put(random16).putInt(msg.length).put(msg).put(id);
		for (int i = 0; i < pad; i++) {
			buffer.put((byte) pad);
		}
		return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE).doFinalSafely(buffer.array()));
	}

	private byte[] decryptBlocks(byte[] cipherText) {
		Cipher cipher = decrypting.get();
		try {
			return cipher.doFinal(cipherText);
		}
		catch (GeneralSecurityException ex) {
			// a cipher left in an unknown state is not used again
			decrypting.remove();
			throw new CallbackRejected(400, "AES failed", ex);
		}
		catch (RuntimeException ex) {
			decrypting.remove();
			throw ex;
		}
	}

	private SafeCipher cipher(int mode) {
		try {
			Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
			cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
			return new SafeCipher(cipher);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-256-CBC is part of every JVM", ex);
		}
	}

	/**
	 * The decrypted message and the id it was meant for (the corpId for a self-built
	 * app).
	 */
	public record Plaintext(String message, String receiveId) {
	}

	private record SafeCipher(Cipher cipher) {

		byte[] doFinalSafely(byte[] input) {
			try {
				return cipher.doFinal(input);
			}
			catch (GeneralSecurityException ex) {
				throw new CallbackRejected(400, "AES failed", ex);
			}
		}

	}

}
