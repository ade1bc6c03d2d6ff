package dev.baton.bot.console.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.console.ConsoleProperties;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local console accounts: a user name and a password for an official. Only the password's
 * hash is stored (Spring Security's delegating encoder, bcrypt); a password is never
 * logged. {@code baton.console.max-failures} wrong passwords in a row lock the account
 * for {@code baton.console.lock-duration}; while locked, even the right password is
 * refused. A wrong user name and a wrong password are told the same, and take the same
 * time.
 */
@Service
public class LocalAccounts {

	private static final Logger log = LoggerFactory.getLogger(LocalAccounts.class);

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private final ConsoleAccountMapper mapper;

	private final PasswordEncoder encoder;

	private final Directory directory;

	private final Access access;

	private final AuditLog audit;

	private final TimeSource time;

	private final ConsoleProperties properties;

	/**
	 * Compared against when the user name is unknown, so that a wrong name costs the time
	 * of a wrong password.
	 */
	private final String decoy;

	LocalAccounts(ConsoleAccountMapper mapper, PasswordEncoder encoder, Directory directory, Access access,
			AuditLog audit, TimeSource time, ConsoleProperties properties) {
		this.mapper = mapper;
		this.encoder = encoder;
		this.directory = directory;
		this.access = access;
		this.audit = audit;
		this.time = time;
		this.properties = properties;
		this.decoy = encoder.encode("decoy-password-never-matched-0");
	}

	/**
	 * A console account for an official, made by an actor with
	 * {@link Action#MANAGE_CONSOLE_ACCOUNTS} over the official's unit (Baton itself at
	 * setup and in the demo); audited without the password.
	 * @throws InvalidInputException for a user name or password that breaks the rules
	 * @throws ConflictException if the official has an account or the user name is taken
	 */
	@Transactional
	public void create(Actor actor, long officialId, String username, String password) {
		Official official = directory.official(officialId);
		access.require(actor, Action.MANAGE_CONSOLE_ACCOUNTS, Subject.unit(directory.unit(official.unitId()).path()));
		String name = normalized(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new InvalidInputException("console.username.invalid", "a user name is 3 to 64 of a-z 0-9 . _ -");
		}
		PasswordRules.check(password, name, properties.passwordMinLength());
		if (mapper.byOfficial(officialId) != null) {
			throw new ConflictException("console.account.exists", "official " + officialId + " has a console account",
					official.name());
		}
		try {
			mapper.insert(new ConsoleAccountMapper.AccountRow(officialId, name, encoder.encode(password), time.now()));
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException("console.username.taken", "the user name " + name + " is taken", name);
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("officialId", officialId);
		detail.put("username", name);
		audit.append(null, actor, "CONSOLE_ACCOUNT_CREATED", detail);
	}

	/**
	 * Checks a user name and password; counts a failure, locks after too many, and says
	 * which it was.
	 */
	@Transactional(noRollbackFor = RuntimeException.class)
	public Outcome signIn(String username, String password) {
		Instant now = time.now();
		ConsoleAccount account = username == null ? null : mapper.lockByUsername(normalized(username));
		if (account == null || account.disabledAt() != null || !directory.official(account.officialId()).active()) {
			encoder.matches(password == null ? "" : password, decoy);
			log.info("Console sign-in refused: no active account named {}", printable(username));
			return new Outcome.Refused();
		}
		if (account.lockedAt(now)) {
			log.info("Console sign-in refused: account {} is locked until {}", account.username(),
					account.lockedUntil());
			return new Outcome.Locked(Duration.between(now, account.lockedUntil()));
		}
		if (password == null || !encoder.matches(password, account.passwordHash())) {
			int failures = account.failedAttempts() + 1;
			if (failures >= properties.maxFailures()) {
				Instant until = now.plus(properties.lockDuration());
				mapper.failed(account.id(), 0, until);
				log.warn("Console account {} locked until {} after {} wrong passwords", account.username(), until,
						failures);
				return new Outcome.Locked(properties.lockDuration());
			}
			mapper.failed(account.id(), failures, null);
			log.info("Console sign-in refused: wrong password for {} ({} of {})", account.username(), failures,
					properties.maxFailures());
			return new Outcome.Refused();
		}
		mapper.signedIn(account.id(), now);
		Official official = directory.official(account.officialId());
		log.info("Console sign-in: {} (official {})", account.username(), official.id());
		return new Outcome.SignedIn(official.id(), official.name());
	}

	/**
	 * A password that keeps the rules (16 letters and digits, from a secure random), to
	 * be shown once.
	 */
	public static String randomPassword() {
		String letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
		String digits = "23456789";
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			password.append(letters.charAt(RANDOM.nextInt(letters.length())));
		}
		password.insert(RANDOM.nextInt(password.length()), digits.charAt(RANDOM.nextInt(digits.length())));
		password.insert(RANDOM.nextInt(password.length()), digits.charAt(RANDOM.nextInt(digits.length())));
		return password.toString();
	}

	/**
	 * A new password for an official's account, set by an administrator over their unit
	 * (or by Baton): the account is unlocked and its failures forgotten; audited without
	 * the password.
	 */
	@Transactional
	public void resetPassword(Actor actor, long officialId, String password) {
		Official official = directory.official(officialId);
		access.require(actor, Action.MANAGE_CONSOLE_ACCOUNTS, Subject.unit(directory.unit(official.unitId()).path()));
		ConsoleAccount account = mapper.byOfficial(officialId);
		if (account == null) {
			throw new dev.baton.bot.system.NotFoundException("consoleAccount", officialId);
		}
		PasswordRules.check(password, account.username(), properties.passwordMinLength());
		mapper.setPassword(account.id(), encoder.encode(password), time.now());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("officialId", officialId);
		detail.put("username", account.username());
		audit.append(null, actor, "CONSOLE_PASSWORD_RESET", detail);
	}

	/** The user name of the official's account, if they have one. */
	public java.util.Optional<String> usernameOf(long officialId) {
		ConsoleAccount account = mapper.byOfficial(officialId);
		return java.util.Optional.ofNullable(account == null ? null : account.username());
	}

	private static String normalized(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	/** A typed user name for the log: at most 64 characters, without line breaks. */
	private static String printable(String username) {
		if (username == null) {
			return "(none)";
		}
		String flat = username.replaceAll("\\p{Cntrl}", "?");
		return flat.length() > 64 ? flat.substring(0, 64) + "…" : flat;
	}

	/** What a sign-in attempt came to. */
	public sealed interface Outcome {

		/** The right password: the official to sign in. */
		record SignedIn(long officialId, String name) implements Outcome {
		}

		/** A wrong user name or password (not told apart). */
		record Refused() implements Outcome {
		}

		/** Too many wrong passwords: no password is tried for this long. */
		record Locked(Duration left) implements Outcome {
		}

	}

}
