package dev.baton.bot.signoff;

import java.util.List;

import dev.baton.bot.access.SignerRole;

/**
 * What a signing attempt did. A wrong code is an outcome, not an error, so the spent
 * attempt is recorded.
 *
 * @param signedAs the capacities signed in by this attempt (empty unless
 * {@link Status#SIGNED})
 * @param attemptsLeft for {@link Status#WRONG_CODE}: how many tries the code still has
 */
public record SignOutcome(Status status, List<SignerRole> signedAs, int attemptsLeft) {

	public enum Status {

		SIGNED, ALREADY_SIGNED, WRONG_CODE, NO_VALID_CODE

	}

}
