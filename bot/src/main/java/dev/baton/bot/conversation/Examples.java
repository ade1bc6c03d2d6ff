package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Actor;
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
 * as a handover to open again); placeholders (〔单位〕 〔离任人〕 〔接任人〕) only when the person's
 * scope has no unit with two officials. Never a demo's names outside the demo (#13,
 * newcomer 4: 19: a county read 上梅乡 陈清忠 方福彬 in its help).
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

	/** A unit and two of its officials, for 发起交接 单位 离任 接任. */
	record Opening(String unit, String departing, String successor) {
	}

	Opening opening(Actor actor, Texts t) {
		for (RoleAssignment role : organizerRoles(actor)) {
			Map<Long, List<Official>> byUnit = new LinkedHashMap<>();
			for (Official o : directory.officials(new OfficialQuery(role.scopePath(), null, true, 0, LOOK_AT))) {
				if (!actor.is(o.id())) {
					byUnit.computeIfAbsent(o.unitId(), u -> new ArrayList<>()).add(o);
				}
			}
			// a unit below the scope (a township, a bureau) rather than the county
			// itself, when one has two officials
			Long chosen = byUnit.entrySet()
				.stream()
				.filter(e -> e.getValue().size() >= 2)
				.map(Map.Entry::getKey)
				.min(Comparator.comparing(u -> u.equals(role.scopeUnitId())))
				.orElse(null);
			if (chosen != null) {
				// the unit and two people are the organizer's own, those in no handover
				// of
				// the unit first
				java.util.Set<Long> busy = new java.util.HashSet<>(parties.parties(chosen));
				List<Official> people = byUnit.get(chosen)
					.stream()
					.sorted(Comparator.comparing((Official o) -> busy.contains(o.id())))
					.toList();
				return new Opening(directory.unit(chosen).name(), people.get(0).name(), people.get(1).name());
			}
		}
		return new Opening(t.get("conv.example.unit"), t.get("conv.example.departing"),
				t.get("conv.example.successor"));
	}

	private static List<RoleAssignment> organizerRoles(Actor actor) {
		return actor.roles().stream().filter(r -> r.role() == Role.ORGANIZER && r.scopeUnitId() != null).toList();
	}

}
