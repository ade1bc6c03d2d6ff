package dev.baton.bot.directory;

import java.util.regex.Pattern;

import dev.baton.bot.system.InvalidInputException;

/**
 * Mainland China mobile numbers as the directory keeps them: 11 digits starting with 1,
 * without a country code, spaces or dashes. The one form every way in (REST, roster
 * import, platform sync) writes, so a number matches.
 */
public final class Mobiles {

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

	private Mobiles() {
	}

	/**
	 * The number in the directory's form ({@code +86 138-0000-0000} →
	 * {@code 13800000000}); null or blank is null.
	 * @throws InvalidInputException {@code directory.badMobile} if it is not a mainland
	 * mobile number
	 */
	public static String normalize(String mobile) {
		if (mobile == null || mobile.isBlank()) {
			return null;
		}
		String digits = SEPARATORS.matcher(mobile.strip()).replaceAll("");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		if (!MOBILE.matcher(digits).matches()) {
			throw new InvalidInputException("directory.badMobile", "not a mainland mobile number: " + mobile, mobile);
		}
		return digits;
	}

	/** For logs and the audit log: {@code 138****0000}. */
	public static String masked(String mobile) {
		if (mobile == null) {
			return null;
		}
		return mobile.length() < 7 ? "****" : mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
	}

}
