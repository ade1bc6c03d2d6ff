package dev.baton.bot.console.signin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.baton.bot.system.InvalidInputException;

/**
 * What a console password must be: at least {@code baton.console.password-min-length}
 * characters (10 unless set), at most 72 bytes (what bcrypt reads), letters and digits
 * both, not the user name in it, not one character repeated.
 */
final class PasswordRules {

	static final int MAX_BYTES = 72;

	private PasswordRules() {
	}

	/**
	 * @throws InvalidInputException saying which rule the password breaks (never the
	 * password)
	 */
	static void check(String password, String username, int minLength) {
		if (password == null || password.codePointCount(0, password.length()) < minLength) {
			throw new InvalidInputException("console.password.tooShort", "the password is shorter than " + minLength,
					minLength);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new InvalidInputException("console.password.tooLong", "the password is longer than 72 bytes");
		}
		boolean letter = password.codePoints().anyMatch(Character::isLetter);
		boolean digit = password.codePoints().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			throw new InvalidInputException("console.password.lettersAndDigits",
					"the password needs letters and digits");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new InvalidInputException("console.password.containsUsername", "the password contains the user name");
		}
		if (password.codePoints().distinct().count() < 4) {
			throw new InvalidInputException("console.password.tooSimple",
					"the password has fewer than 4 distinct characters");
		}
	}

}
