package dev.baton.bot.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code BATON_BOOTSTRAP_ADMIN_*}: the first administrator without the interactive claim.
 * Either {@code token} with {@code name}, {@code post}, {@code unitName} and
 * {@code unitCode} (and optionally {@code mobile}, {@code unitType}): the administrator
 * is made at the first start and signs in with that token; or {@code code} alone: the
 * setup code to claim is this one instead of a random one printed in the log.
 */
@ConfigurationProperties("baton.bootstrap.admin")
record BootstrapAdmin(String name, String post, String mobile, String unitName, String unitCode, String unitType,
		String token, String code) {

	/**
	 * Checked as they are read: settings that do not go together stop the start before
	 * anything is built.
	 */
	BootstrapAdmin {
		check(name, post, mobile, unitName, unitCode, unitType, token, code);
	}

	/** Whether any of the settings is given. */
	boolean any() {
		return given(name) || given(post) || given(mobile) || given(unitName) || given(unitCode) || given(unitType)
				|| given(token) || given(code);
	}

	/** Whether the administrator is to be made at start-up (a token is given). */
	boolean makesAdmin() {
		return given(token);
	}

	boolean setsCode() {
		return given(code);
	}

	/**
	 * @throws IllegalStateException naming what is missing or does not belong together
	 */
	void check() {
		check(name, post, mobile, unitName, unitCode, unitType, token, code);
	}

	private static void check(String name, String post, String mobile, String unitName, String unitCode,
			String unitType, String token, String code) {
		if (given(token)) {
			StringBuilder missing = new StringBuilder();
			missing(missing, name, "BATON_BOOTSTRAP_ADMIN_NAME");
			missing(missing, post, "BATON_BOOTSTRAP_ADMIN_POST");
			missing(missing, unitName, "BATON_BOOTSTRAP_ADMIN_UNIT_NAME");
			missing(missing, unitCode, "BATON_BOOTSTRAP_ADMIN_UNIT_CODE");
			if (!missing.isEmpty()) {
				throw new IllegalStateException(
						"BATON_BOOTSTRAP_ADMIN_TOKEN makes the first administrator, who also needs" + missing);
			}
			if (given(code)) {
				throw new IllegalStateException("BATON_BOOTSTRAP_ADMIN_TOKEN and BATON_BOOTSTRAP_ADMIN_CODE do not go"
						+ " together: the token makes the administrator at start-up, the code lets someone claim it");
			}
		}
		else if (given(name) || given(post) || given(mobile) || given(unitName) || given(unitCode) || given(unitType)) {
			throw new IllegalStateException("BATON_BOOTSTRAP_ADMIN_NAME, _POST, _MOBILE and _UNIT_* make the first"
					+ " administrator only with BATON_BOOTSTRAP_ADMIN_TOKEN (the token they sign in with); with a setup"
					+ " code, the claim gives them");
		}
	}

	private static void missing(StringBuilder missing, String value, String name) {
		if (!given(value)) {
			missing.append(' ').append(name);
		}
	}

	static boolean given(String value) {
		return value != null && !value.isBlank();
	}

}
