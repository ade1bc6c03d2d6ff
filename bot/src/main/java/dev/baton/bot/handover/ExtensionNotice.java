package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one recipient of an extension reads (newcomer 23, finding 14: when the signing
 * stage moved, every notice named only the departing official's signature). One moved
 * step: that step. Several: the step(s) the recipient owes ({@code mine}) and the others
 * moved with them ({@code moved}, variant {@code ownStep}); to one who owes none of them
 * (the organizer, a party) or all of them, every moved step (variants {@code allSteps}
 * and {@code allMine}). Only one who owes a moved step is asked to act by the new
 * deadline; the others are told for their information (newcomer 24, finding 7: the
 * successor was asked to act on the departing official's checklist; variant
 * {@code informed} for one step). Steps moved between the same days are named together.
 */
final class ExtensionNotice {

	private ExtensionNotice() {
	}

	/**
	 * The payload for the people who owe the moved steps at these indexes.
	 */
	static Map<String, Object> payload(List<DeadlineExtensions.Moved> moved, Set<Integer> mine, String reason) {
		Map<String, Object> p = new LinkedHashMap<>();
		DeadlineExtensions.Moved own = moved.get(mine.isEmpty() ? 0 : mine.iterator().next());
		p.put("step", own.kind().name());
		p.put("subject", own.subject());
		p.put("from", own.from().toString());
		p.put("dueOn", own.to().toString());
		p.put("reason", reason);
		if (moved.size() == 1) {
			if (mine.isEmpty()) {
				// not theirs to act on: told, not asked (newcomer 24, finding 7)
				p.put("variant", "informed");
			}
			return p;
		}
		List<DeadlineExtensions.Moved> theirs = new ArrayList<>();
		List<DeadlineExtensions.Moved> others = new ArrayList<>();
		for (int i = 0; i < moved.size(); i++) {
			(mine.contains(i) ? theirs : others).add(moved.get(i));
		}
		if (theirs.isEmpty() || others.isEmpty()) {
			p.put("variant", theirs.isEmpty() ? "allSteps" : "allMine");
			p.put("moved", byDays(moved));
		}
		else {
			p.put("variant", "ownStep");
			p.put("mine", byDays(theirs));
			p.put("moved", byDays(others));
		}
		return p;
	}

	/** The steps, those moved between the same two days together. */
	private static List<Map<String, Object>> byDays(List<DeadlineExtensions.Moved> moved) {
		Map<List<LocalDate>, List<Map<String, String>>> days = new LinkedHashMap<>();
		for (DeadlineExtensions.Moved m : moved) {
			days.computeIfAbsent(List.of(m.from(), m.to()), k -> new ArrayList<>())
				.add(Map.of("step", m.kind().name(), "subject", m.subject()));
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		days.forEach((fromTo, steps) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("steps", steps);
			row.put("from", fromTo.get(0).toString());
			row.put("dueOn", fromTo.get(1).toString());
			rows.add(row);
		});
		return rows;
	}

}
