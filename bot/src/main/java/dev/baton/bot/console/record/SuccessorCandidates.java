package dev.baton.bot.console.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.UnitNode;
import org.springframework.stereotype.Component;

/**
 * The officials the record's 更换接任人 offers (newcomer 17): the active officials of the
 * handover's unit and the units below it, and (a transfer) of the units the reader
 * governs as organizer, grouped by unit, the handover's unit first; the departing
 * official, the present successor and the reader left out.
 */
@Component
class SuccessorCandidates {

	private final Directory directory;

	private final Access access;

	SuccessorCandidates(Directory directory, Access access) {
		this.directory = directory;
		this.access = access;
	}

	/** One unit's choosable officials. */
	record UnitGroup(String unit, List<Official> officials) {
	}

	List<UnitGroup> of(Actor actor, long unitId, long departingId, long successorId) {
		OrgUnit handoverUnit = directory.unit(unitId);
		Map<Long, OrgUnit> units = new LinkedHashMap<>();
		directory.unitsUnder(unitId).forEach(u -> units.put(u.id(), u));
		List<OrgUnit> tops = new ArrayList<>();
		for (UnitNode top : directory.unitTrees()) {
			if (top.unit().covers(handoverUnit.path()) | governed(actor, handoverUnit, top, units)) {
				tops.add(top.unit());
			}
		}
		Map<Long, List<Official>> byUnit = new LinkedHashMap<>();
		units.keySet().forEach(id -> byUnit.put(id, new ArrayList<>()));
		for (OrgUnit top : tops) {
			for (Official o : directory.officialsUnder(top.id())) {
				List<Official> list = byUnit.get(o.unitId());
				if (list != null && o.active() && o.id() != departingId && o.id() != successorId && !actor.is(o.id())
						&& !list.contains(o)) {
					list.add(o);
				}
			}
		}
		List<UnitGroup> groups = new ArrayList<>();
		byUnit.forEach((id, officials) -> {
			if (!officials.isEmpty()) {
				groups.add(new UnitGroup(units.get(id).name(), officials));
			}
		});
		return groups;
	}

	/** Adds the units of the tree the reader governs (beyond the handover's unit). */
	private boolean governed(Actor actor, OrgUnit handoverUnit, UnitNode node, Map<Long, OrgUnit> into) {
		boolean any = false;
		if (!handoverUnit.covers(node.unit().path())
				&& access.allowed(actor, Action.CHANGE_SUCCESSOR, Subject.unit(node.unit().path()), null)) {
			into.putIfAbsent(node.unit().id(), node.unit());
			any = true;
		}
		for (UnitNode child : node.children()) {
			any |= governed(actor, handoverUnit, child, into);
		}
		return any;
	}

}
