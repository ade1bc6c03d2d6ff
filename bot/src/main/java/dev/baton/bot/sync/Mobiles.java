package dev.baton.bot.sync;

/**
 * Mobile numbers as the sync compares and shows them: a mainland number with its country code (+86, 86-) or spaces
 * and dashes reads as its 11 digits; reports show only the first three and last four digits.
 */
final class Mobiles {

	private Mobiles() {
	}

	/** The number as stored and compared, or null for nothing. */
	static String normalize(String mobile) {
		if (mobile == null || mobile.isBlank()) {
			return null;
		}
		String digits = mobile.replaceAll("[\\s()\\-]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		else if (digits.startsWith("86") && digits.length() == 13) {
			digits = digits.substring(2);
		}
		return digits.isEmpty() ? null : digits;
	}

	/** 139****0001 */
	static String masked(String mobile) {
		String m = normalize(mobile);
		if (m == null) {
			return "";
		}
		return m.length() < 8 ? "****" : m.substring(0, 3) + "****" + m.substring(m.length() - 4);
	}

}
