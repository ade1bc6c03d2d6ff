package dev.baton.bot.escalation;

import java.time.Instant;
import java.util.List;

/**
 * One message of a step's ladder, due at {@code at}: a reminder ({@code level} 0,
 * {@code R<n>}: n working days before the due day) or a level ({@code L<level>}, repeats
 * {@code L<level>.<round>}).
 */
public record Stage(String key, int level, int repeat, Instant at, List<EscalationRecipient> recipients) {

	public boolean reminder() {
		return level == 0;
	}

}
