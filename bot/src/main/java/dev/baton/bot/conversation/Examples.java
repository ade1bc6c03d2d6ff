package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.access.Actor;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OfficialQuery;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import org.springframework.stereotype.Component;

/**
 * The names an example is written with: the person's own unit (one they are responsible
 * for, with two officials) and two of its officials (#12, newcomer 18: the example read
 * 〔离任人〕 〔接任人〕 while the unit had people to name), officials of no handover of the unit
 * first (#12, newcomer 13, finding 6: the pair whose handover had just been archived read
 * as a handover to open again), never an official of a running handover of the unit
 * (newcomer 22, finding 8: the pair of a running handover read as one to open, which
 * would be refused); placeholders (〔单位〕 〔离任人〕 〔接任人〕) only when the person's scope has no
 * unit with two officials, or none with two outside its running handovers (then help says
 * so). Never a demo's names outside the demo (#13, newcomer 4: 19: a county read 上梅乡 陈清忠
 * 方福彬 in its help).
 */
@Component
final class Examples {

	/** How many officials are read to find a unit with two of them: one indexed page. */
	private static final int LOOK_AT = 200;

	private final Directory directory;

	private final ExampleNamesMapper parties;

	Examples(Directory directory, ExampleNamesMapper parties) {
		this.directory = directory;
		this.parties = parties;
	}

	/**
	 * A unit and two of its officials, for 发起交接 单位 离任 接任; {@code busy} when every unit
	 * with two officials has no two outside its running handovers (the names are then
	 * placeholders, the unit the one that would have been named).
	 */
	record Opening(String unit, String departing, String successor, boolean busy) {
	}

	Opening opening(Actor actor, Texts t) {
		String busyUnit = null;
		for (RoleAssignment role : organizerRoles(actor)) {
			Map<Long, List<Official>> byUnit = new LinkedHashMap<>();
			for (Official o : directory.officials(new OfficialQuery(role.scopePath(), null, true, 0, LOOK_AT))) {
				if (!actor.is(o.id())) {
					byUnit.computeIfAbsent(o.unitId(), u -> new ArrayList<>()).add(o);
				}
			}
			// a unit below the scope (a township, a bureau) rather than the county
			// itself, when one has two officials
			List<Long> units = byUnit.entrySet()
				.stream()
				.filter(e -> e.getValue().size() >= 2)
				.map(Map.Entry::getKey)
				.sorted(Comparator.comparing(u -> u.equals(role.scopeUnitId())))
				.toList();
			for (long unit : units) {
				// two officials in no running handover of the unit, or opening the
				// example would be refused (newcomer 22, finding 8); those in no handover
				// of it at all first
				Set<Long> running = new HashSet<>();
				Set<Long> any = new HashSet<>();
				for (ExampleNamesMapper.Party party : parties.parties(unit)) {
					any.add(party.officialId());
					if (party.running()) {
						running.add(party.officialId());
					}
				}
				List<Official> free = byUnit.get(unit)
					.stream()
					.filter(o -> !running.contains(o.id()))
					.sorted(Comparator.comparing((Official o) -> any.contains(o.id())))
					.toList();
				Opening pair = firstPair(unit, free);
				if (pair != null) {
					return pair;
				}
				if (busyUnit == null) {
					busyUnit = directory.unit(unit).name();
				}
			}
		}
		return new Opening(busyUnit == null ? t.get("conv.example.unit") : busyUnit, t.get("conv.example.departing"),
				t.get("conv.example.successor"), busyUnit != null);
	}

	/**
	 * The first two of them whose handover would leave every reviewer post of the unit
	 * that is held with a holder who is no party: opening it with only parties holding a
	 * post is refused (newcomer 25, finding 1), so the example must not name such a pair.
	 * Null when no two fit.
	 */
	private Opening firstPair(long unit, List<Official> free) {
		List<List<Long>> posts = new ArrayList<>();
		for (Department d : Department.values()) {
			posts.add(directory.holders(Role.REVIEWER, d, unit));
		}
		for (int i = 0; i < free.size(); i++) {
			for (int j = i + 1; j < free.size(); j++) {
				long a = free.get(i).id();
				long b = free.get(j).id();
				if (posts.stream()
					.allMatch(held -> held.isEmpty() || held.stream().anyMatch(id -> id != a && id != b))) {
					return new Opening(directory.unit(unit).name(), free.get(i).name(), free.get(j).name(), false);
				}
			}
		}
		return null;
	}

	private static List<RoleAssignment> organizerRoles(Actor actor) {
		return actor.roles().stream().filter(r -> r.role() == Role.ORGANIZER && r.scopeUnitId() != null).toList();
	}

}
