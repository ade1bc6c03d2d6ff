package dev.baton.bot.console.urge;

import java.time.Instant;
import java.util.List;

/**
 * One 催办: which step, by whom, when, to how many people and to whom (empty for urges sent
 * before V52, which stored the count only), with what note.
 */
public record Urge(long id, long stepId, long handoverId, long urgedBy, String urgedByName, Instant urgedAt,
		int recipients, String note, List<Recipient> urged) {

	/**
	 * A person an urge was sent to: their name and their part in the step (a
	 * {@link dev.baton.bot.access.SignerRole} name, said by its {@code label.} key).
	 */
	public record Recipient(long urgeId, long officialId, String name, String role) {
	}

}
