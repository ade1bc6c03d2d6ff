package dev.baton.bot.escalation;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import dev.baton.bot.policy.WaitingStepKind;

/**
 * Reminders and escalation ladders as data ({@code escalation_policy.body}), named by a
 * handover policy's {@code escalationCode} and copied into each handover when it opens.
 *
 * @param sendFrom start of the sending time on working days (non-urgent messages wait for
 * it)
 * @param sendUntil end of the sending time
 * @param ladder the ladder of every kind of step that {@code ladders} does not name
 * @param ladders ladders of their own for some kinds
 */
public record EscalationPolicy(String code, String name, LocalTime sendFrom, LocalTime sendUntil, Ladder ladder,
		Map<WaitingStepKind, Ladder> ladders, String note) {

	public EscalationPolicy {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(ladder, "ladder");
		if (sendFrom == null || sendUntil == null || !sendFrom.isBefore(sendUntil)) {
			throw new IllegalArgumentException("escalation policy " + code + ": sendFrom must come before sendUntil");
		}
		ladders = ladders == null || ladders.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(ladders));
	}

	public Ladder ladder(WaitingStepKind kind) {
		return ladders.getOrDefault(kind, ladder);
	}

}
