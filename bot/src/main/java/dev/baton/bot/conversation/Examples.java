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
 * for, with two officials) and placeholders for the people, or placeholders (某乡, 张三, 李四)
 * when their directory has none to show. Never a demo's names outside the demo (#13,
 * newcomer 4: 19: a county read 上梅乡 陈清忠 方福彬 in its help).
 */
@Component
final class Examples {

	/** How many officials are read to find a unit with two of them: one indexed page. */
	private static final int LOOK_AT = 200;

	private final Directory directory;

	Examples(Directory directory) {
		this.directory = directory;
	}

	/** A unit and two of its officials, for 发起交接 单位 离任 接任. */
	record Opening(String unit, String departing, String successor) {
	}

	Opening opening(Actor actor, Texts t) {
		for (RoleAssignment role : organizerRoles(actor)) {
			Map<Long, List<String>> byUnit = new LinkedHashMap<>();
			for (Official o : directory.officials(new OfficialQuery(role.scopePath(), null, true, 0, LOOK_AT))) {
				if (!actor.is(o.id())) {
					byUnit.computeIfAbsent(o.unitId(), u -> new ArrayList<>()).add(o.name());
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
				// the unit is the organizer's own; the people are placeholders: a real
				// name reads as a handover to open (#12, newcomer 13, finding 6: the two
				// whose handover had just been archived)
				return new Opening(directory.unit(chosen).name(), t.get("conv.example.departing"),
						t.get("conv.example.successor"));
			}
		}
		return new Opening(t.get("conv.example.unit"), t.get("conv.example.departing"),
				t.get("conv.example.successor"));
	}

	private static List<RoleAssignment> organizerRoles(Actor actor) {
		return actor.roles().stream().filter(r -> r.role() == Role.ORGANIZER && r.scopeUnitId() != null).toList();
	}

}
