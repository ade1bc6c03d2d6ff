package dev.baton.bot.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a sweep does with one due step: nothing yet, wait for the sending time, or send
 * the latest due stage. When several stages are due at once (the sweep was down), only
 * the latest is sent, saying which ones it stands for; the others are recorded as missed
 * so they never fire later.
 *
 * @param send the stage to send now, or null
 * @param missed earlier due stages folded into {@code send}
 * @param nextActionAt when the sweep should look at the step again (null: never)
 * @param deferred something is due but must wait for the sending time
 */
record StepDecision(Stage send, List<Stage> missed, Instant nextActionAt, boolean deferred) {

	static StepDecision decide(List<Stage> schedule, Set<String> recorded, Instant now, SendWindow window,
			boolean urgent) {
		List<Stage> due = schedule.stream().filter(s -> !s.at().isAfter(now) && !recorded.contains(s.key())).toList();
		Instant next = schedule.stream().filter(s -> s.at().isAfter(now)).map(Stage::at).findFirst().orElse(null);
		if (due.isEmpty()) {
			return new StepDecision(null, List.of(), next, false);
		}
		if (!urgent && !window.allows(now)) {
			return new StepDecision(null, List.of(), window.nextAllowed(now), true);
		}
		return new StepDecision(due.get(due.size() - 1), List.copyOf(due.subList(0, due.size() - 1)), next, false);
	}

	boolean sends() {
		return send != null;
	}

}
