package dev.baton.bot.escalation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One level of a ladder: {@code after} units (the ladder's {@code levelUnit}) past the
 * due day it tells {@code notify}, then {@code repeatNotify} every {@code repeatEvery}
 * units (0: never) until the next level starts; the last level repeats until the step is
 * done.
 */
public record EscalationLevel(int level, int after, @JsonProperty("notify") List<EscalationRecipient> recipients,
		int repeatEvery, @JsonProperty("repeatNotify") List<EscalationRecipient> repeatRecipients) {

	public EscalationLevel {
		recipients = List.copyOf(recipients);
		repeatRecipients = repeatRecipients == null ? List.of() : List.copyOf(repeatRecipients);
		if (level < 1 || after < 1 || repeatEvery < 0 || repeatEvery > 366) {
			throw new IllegalArgumentException("level " + level + ": level and after are positive, repeatEvery 0..366");
		}
		if (recipients.isEmpty() || (repeatEvery > 0 && repeatRecipients.isEmpty())) {
			throw new IllegalArgumentException("level " + level + " tells nobody");
		}
	}

}
