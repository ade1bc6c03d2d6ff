package dev.baton.bot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the REST API, one per official and purpose. A token is 32 random bytes in base64url; only its
 * SHA-256 is stored, and a presented token is found by that hash, so nothing secret is ever compared byte by byte.
 */
@Service
public class ApiTokens {

	private static final int LABEL_MAX = 128;

	/** 32 bytes in base64url without padding are 43 characters of this alphabet. */
	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final ApiTokenMapper mapper;

	private final Directory directory;

	private final TimeSource time;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenMapper mapper, Directory directory, TimeSource time) {
		this.mapper = mapper;
		this.directory = directory;
		this.time = time;
	}

	/** A new token for the official; the caller hands it over once, it cannot be shown again. */
	@Transactional
	public String issue(long officialId, String label) {
		if (label == null || label.isBlank() || label.strip().length() > LABEL_MAX) {
			throw new InvalidInputException("api.token.badLabel", "a token needs a label of at most 128 characters",
					LABEL_MAX);
		}
		directory.official(officialId);
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		mapper.insert(officialId, sha256(token), label.strip(), time.now());
		return token;
	}

	/** The official the token stands for, unless it is malformed, unknown, revoked, or its official left. */
	public Optional<Long> officialFor(String token) {
		if (token == null || !SHAPE.matcher(token).matches()) {
			return Optional.empty();
		}
		return Optional.ofNullable(mapper.officialFor(sha256(token)));
	}

	/** The token stops working at once; revoking it again changes nothing. */
	@Transactional
	public void revoke(String token) {
		if (token != null && SHAPE.matcher(token).matches()) {
			mapper.revoke(sha256(token), time.now());
		}
	}

	static String sha256(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
