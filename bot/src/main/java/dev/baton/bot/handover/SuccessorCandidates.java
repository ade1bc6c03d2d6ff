package dev.baton.bot.handover;

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
 * Where a handover's new successor may come from, as {@link SuccessorChanges} takes one
 * (newcomer 17, fixc17b): the handover's unit and the units below it, and (a transfer)
 * the units the reader governs as organizer. The console record's 更换接任人 offers their
 * active officials grouped by unit, the handover's unit first ({@link #of}); chat looks a
 * name up in the same units ({@link #scopes}).
 */
@Component
public class SuccessorCandidates {

	private final Directory directory;

	private final Access access;

	SuccessorCandidates(Directory directory, Access access) {
		this.directory = directory;
		this.access = access;
	}

	/**
	 * One unit's choosable officials; {@code own}: the handover's unit or one below it
	 * (otherwise a unit the reader governs, the successor coming by transfer).
	 */
	public record UnitGroup(String unit, List<Official> officials, boolean own) {
	}

	/**
	 * The active officials the reader may make the successor, by unit; the departing
	 * official, the present successor and the reader left out.
	 */
	public List<UnitGroup> of(Actor actor, long unitId, long departingId, long successorId) {
		Units found = units(actor, unitId);
		Map<Long, List<Official>> byUnit = new LinkedHashMap<>();
		found.units().keySet().forEach(id -> byUnit.put(id, new ArrayList<>()));
		for (OrgUnit top : found.tops()) {
			for (Official o : directory.officialsUnder(top.id())) {
				List<Official> list = byUnit.get(o.unitId());
				if (list != null && o.active() && o.id() != departingId && o.id() != successorId && !actor.is(o.id())
						&& !list.contains(o)) {
					list.add(o);
				}
			}
		}
		String handoverPath = directory.unit(unitId).path();
		List<UnitGroup> groups = new ArrayList<>();
		byUnit.forEach((id, officials) -> {
			if (!officials.isEmpty()) {
				OrgUnit u = found.units().get(id);
				groups.add(new UnitGroup(u.name(), officials, u.path().startsWith(handoverPath)));
			}
		});
		return groups;
	}

	/**
	 * The unit paths to look a new successor's name up under: the handover's unit, then
	 * each unit the reader governs beyond it that no other path listed covers.
	 */
	public List<String> scopes(Actor actor, long unitId) {
		List<String> paths = new ArrayList<>();
		for (OrgUnit u : units(actor, unitId).units().values()) {
			if (paths.stream().noneMatch(u.path()::startsWith)) {
				paths.add(u.path());
			}
		}
		return paths;
	}

	/**
	 * The units, the handover's unit and those below it first, and the tops of the trees
	 * they are in.
	 */
	private record Units(Map<Long, OrgUnit> units, List<OrgUnit> tops) {
	}

	private Units units(Actor actor, long unitId) {
		OrgUnit handoverUnit = directory.unit(unitId);
		Map<Long, OrgUnit> units = new LinkedHashMap<>();
		directory.unitsUnder(unitId).forEach(u -> units.put(u.id(), u));
		List<OrgUnit> tops = new ArrayList<>();
		for (UnitNode top : directory.unitTrees()) {
			if (top.unit().covers(handoverUnit.path()) | governed(actor, handoverUnit, top, units)) {
				tops.add(top.unit());
			}
		}
		return new Units(units, tops);
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
