package dev.baton.bot.discipline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.WaitingStep;
import org.springframework.stereotype.Component;

/**
 * The discipline flags of many handovers at once, for lists and the 督办 digest: their
 * waiting steps in one query and what their reviews and disputes came to in another,
 * however many handovers there are (a page at a time of {@value #CHUNK}), never a query
 * per handover.
 */
@Component
public class DisciplineRecords {

	static final int CHUNK = 500;

	private final DisciplineMapper mapper;

	private final WaitingSteps waitingSteps;

	DisciplineRecords(DisciplineMapper mapper, WaitingSteps waitingSteps) {
		this.waitingSteps = waitingSteps;
		this.mapper = mapper;
	}

	/**
	 * The waiting steps of each handover (every one of them has an entry, empty when it
	 * has none).
	 */
	public Map<Long, List<WaitingStep>> steps(Collection<Long> handoverIds) {
		Map<Long, List<WaitingStep>> steps = new HashMap<>();
		handoverIds.forEach(id -> steps.put(id, new ArrayList<>()));
		for (List<Long> chunk : chunks(handoverIds)) {
			waitingSteps.stepsOf(chunk).forEach(s -> steps.get(s.handoverId()).add(s));
		}
		return steps;
	}

	/**
	 * The flags of each handover, from its steps (as given by {@link #steps}) and its
	 * reviews and disputes, and every flag noted when raised: a flag once on the record
	 * stays there with its reason, even when the step that raised it is later extended or
	 * done (#17: an extension does not undo a delay that happened).
	 */
	public Map<Long, Set<DisciplineFlag>> flags(Map<Long, List<WaitingStep>> steps, LocalDate today, ZoneId zone) {
		Map<Long, Set<DisciplineFlag>> flags = new HashMap<>();
		for (List<Long> chunk : chunks(steps.keySet())) {
			for (DisciplineMapper.Facts f : mapper.facts(chunk)) {
				flags.put(f.handoverId(),
						DisciplineFlags.of(steps.get(f.handoverId()), f.returned(), f.corrected(), today, zone));
			}
			for (RaisedFlag f : mapper.raised(chunk)) {
				flags.computeIfAbsent(f.handoverId(), k -> EnumSet.noneOf(DisciplineFlag.class)).add(f.flag());
			}
		}
		return flags;
	}

	/**
	 * The flags noted when raised, with their dates and reasons, of each handover that
	 * has any (#15).
	 */
	public Map<Long, Map<DisciplineFlag, RaisedFlag>> raised(Collection<Long> handoverIds) {
		Map<Long, Map<DisciplineFlag, RaisedFlag>> raised = new HashMap<>();
		for (List<Long> chunk : chunks(handoverIds)) {
			for (RaisedFlag f : mapper.raised(chunk)) {
				raised.computeIfAbsent(f.handoverId(), k -> new java.util.EnumMap<>(DisciplineFlag.class))
					.put(f.flag(), f);
			}
		}
		return raised;
	}

	private static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

}
