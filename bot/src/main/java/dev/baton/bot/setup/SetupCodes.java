package dev.baton.bot.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.ForbiddenException;
import dev.baton.bot.system.GoneException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time setup codes: 20 random characters (100 bits) of Crockford's base32, shown in
 * groups of five. Only the SHA-256 of the code in its plain form (upper case, no dashes
 * or spaces) is stored; a code is valid until it expires, is claimed once, and is voided
 * by the next one made.
 */
@Service
class SetupCodes {

	/**
	 * Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not
	 * misread.
	 */
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final int LENGTH = 20;

	/**
	 * A code the operator sets (BATON_BOOTSTRAP_ADMIN_CODE): letters and digits, at least
	 * this many.
	 */
	static final int GIVEN_MIN_LENGTH = 16;

	private static final Pattern GIVEN = Pattern.compile("[A-Z0-9]{" + GIVEN_MIN_LENGTH + ",128}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

	private final SetupMapper mapper;

	private final TimeSource time;

	private final SecureRandom random = new SecureRandom();

	SetupCodes(SetupMapper mapper, TimeSource time) {
		this.mapper = mapper;
		this.time = time;
	}

	/** A new code valid for {@code validity}; every earlier unclaimed code is voided. */
	@Transactional
	NewCode create(Duration validity) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 5 == 0) {
				code.append('-');
			}
			code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return store(code.toString(), validity);
	}

	/**
	 * The code the operator set, valid for {@code validity} from now (again, after a
	 * restart); every other unclaimed code is voided.
	 * @throws IllegalArgumentException if it is too short or holds more than letters,
	 * digits, dashes and spaces
	 */
	@Transactional
	NewCode createGiven(String given, Duration validity) {
		String plain = plain(given);
		if (!GIVEN.matcher(plain).matches()) {
			throw new IllegalArgumentException("a setup code set by BATON_BOOTSTRAP_ADMIN_CODE is " + GIVEN_MIN_LENGTH
					+ " to 128 letters and digits (dashes and spaces are ignored)");
		}
		return store(given.strip(), validity);
	}

	private NewCode store(String code, Duration validity) {
		Instant now = time.now();
		Instant expires = now.plus(validity);
		String hash = sha256(plain(code));
		mapper.voidOutstanding(now);
		SetupCode existing = mapper.lockByHash(hash);
		if (existing == null) {
			mapper.insert(new SetupMapper.Row(hash, now, expires));
		}
		else if (existing.claimedAt() == null) {
			mapper.renew(existing.id(), now, expires);
		}
		else {
			throw new IllegalStateException("this setup code was claimed once already; set another one");
		}
		return new NewCode(code, expires);
	}

	/**
	 * Takes the code for a claim, in the caller's transaction: the row stays locked until
	 * it commits, so a code is claimed once even when two claims race.
	 * @throws ForbiddenException {@code setup.code.invalid} for a code that was never
	 * made
	 * @throws ConflictException {@code setup.code.used} once it has been claimed
	 * @throws GoneException {@code setup.code.replaced} or {@code setup.code.expired}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	SetupCode take(String code) {
		SetupCode row = code == null ? null : mapper.lockByHash(sha256(plain(code)));
		if (row == null) {
			throw new ForbiddenException("setup.code.invalid", "no such setup code");
		}
		if (row.claimedAt() != null) {
			throw new ConflictException("setup.code.used", "this setup code was claimed already");
		}
		if (row.voidedAt() != null) {
			throw new GoneException("setup.code.replaced", "a newer setup code replaced this one");
		}
		if (!time.now().isBefore(row.expiresAt())) {
			throw new GoneException("setup.code.expired", "this setup code expired at " + row.expiresAt(),
					row.expiresAt().toString());
		}
		return row;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void claimed(SetupCode code, long officialId) {
		mapper.markClaimed(code.id(), officialId, time.now());
	}

	/** No code works any more (an administrator exists). */
	@Transactional
	int voidOutstanding() {
		return mapper.voidOutstanding(time.now());
	}

	/**
	 * Upper case, without dashes and spaces: how a code is hashed, however it was typed.
	 */
	static String plain(String code) {
		return SEPARATORS.matcher(code.strip()).replaceAll("").toUpperCase(Locale.ROOT);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	/** A code just made: the only moment it is known. */
	record NewCode(String code, Instant expiresAt) {
	}

}
