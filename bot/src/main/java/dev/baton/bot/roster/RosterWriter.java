package dev.baton.bot.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.IdentityBinding;
import dev.baton.bot.directory.Official;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.webchat.WebChat;
import dev.baton.integrations.chat.Platform;

/**
 * Writes a plan into the directory inside the caller's transaction, with multi-row
 * statements: units wave by wave (a wave is the new units whose parents exist), then new
 * officials, changed officials, roles, and the chat accounts through
 * {@link Directory#bindIdentities}. Generated ids are read back by the units' codes and
 * by the new officials' unit, name and mobile (unique among the roster's new officials,
 * which the planner checks), above the largest id there was before: drivers do not all
 * return every key of a multi-row insert.
 */
final class RosterWriter {

	private final RosterMapper mapper;

	private final Directory directory;

	private final Instant now;

	RosterWriter(RosterMapper mapper, Directory directory, Instant now) {
		this.mapper = mapper;
		this.directory = directory;
		this.now = now;
	}

	void write(RosterPlan plan) {
		units(plan.newUnits);
		types(plan.typeChanges());
		officials(plan.rows);
		updates(plan.rows);
		roles(plan.rows);
		accounts(plan.rows);
	}

	private void units(List<UnitTree.Node> added) {
		List<UnitTree.Node> remaining = new ArrayList<>(added);
		while (!remaining.isEmpty()) {
			List<UnitTree.Node> wave = remaining.stream()
				.filter(n -> n.parent.isRoot() || n.parent.id != null)
				.toList();
			if (wave.isEmpty()) {
				throw new IllegalStateException("new units without a written parent: " + remaining.size());
			}
			for (List<UnitTree.Node> chunk : DirectoryReads.chunks(wave)) {
				mapper.insertUnits(chunk.stream()
					.map(n -> new RosterMapper.NewUnit(n.parent.id, n.code, n.name,
							n.type == null ? RosterPlanner.UNIT_TYPE : n.type, n.parent.path))
					.toList(), now);
				Map<String, Long> ids = new HashMap<>();
				mapper.unitIdsByCodes(chunk.stream().map(n -> n.code).toList()).forEach(c -> ids.put(c.code(), c.id()));
				List<RosterMapper.CodeId> paths = new ArrayList<>();
				for (UnitTree.Node node : chunk) {
					node.id = ids.get(node.code);
					node.path = node.parent.path + node.id + "/";
					paths.add(new RosterMapper.CodeId(node.code, node.id, node.path));
				}
				mapper.updateUnitPaths(paths);
			}
			remaining.removeAll(wave);
		}
	}

	/** 单位类型 of the directory's units, where the roster gives another one. */
	private void types(List<UnitTree.Node> changed) {
		for (List<UnitTree.Node> chunk : DirectoryReads.chunks(changed)) {
			mapper.updateUnitTypes(chunk.stream().map(n -> new RosterMapper.UnitType(n.id, n.newType)).toList());
		}
	}

	private void officials(List<PlannedRow> rows) {
		List<PlannedRow> created = rows.stream().filter(PlannedRow::creates).toList();
		if (created.isEmpty()) {
			return;
		}
		Long max = mapper.maxOfficialId();
		long before = max == null ? 0 : max;
		for (List<PlannedRow> chunk : DirectoryReads.chunks(created)) {
			mapper.insertOfficials(
					chunk.stream().map(r -> new RosterMapper.NewOfficial(r.name, r.post, r.unit.id, r.mobile)).toList(),
					now);
		}
		Set<Long> units = new LinkedHashSet<>(created.stream().map(r -> r.unit.id).toList());
		Map<String, List<Long>> ids = new HashMap<>();
		for (List<Long> chunk : DirectoryReads.chunks(units)) {
			for (Official o : mapper.officialsAfter(before, chunk)) {
				ids.computeIfAbsent(key(o.unitId(), o.name(), o.mobile()), k -> new ArrayList<>()).add(o.id());
			}
		}
		for (PlannedRow row : created) {
			List<Long> found = ids.getOrDefault(key(row.unit.id, row.name, row.mobile), List.of());
			if (found.size() != 1) {
				// someone added the same person in the same unit at this very moment:
				// roll back, let them retry
				throw new ConflictException("roster.concurrentChange",
						"the directory changed during the import (row " + row.row() + ")", row.row());
			}
			row.officialId = found.get(0);
		}
	}

	private static String key(long unitId, String name, String mobile) {
		return unitId + "\u0000" + name + "\u0000" + (mobile == null ? "" : mobile);
	}

	private void updates(List<PlannedRow> rows) {
		List<RosterMapper.OfficialUpdate> updates = rows.stream()
			.filter(r -> r.officialChanges && !r.refused())
			.map(r -> new RosterMapper.OfficialUpdate(r.match.id(), r.post, r.unit.id,
					r.match.mobile() != null ? r.match.mobile() : r.mobile, true))
			.toList();
		for (List<RosterMapper.OfficialUpdate> chunk : DirectoryReads.chunks(updates)) {
			mapper.updateOfficials(chunk);
		}
	}

	private void roles(List<PlannedRow> rows) {
		List<RosterMapper.NewRole> roles = new ArrayList<>();
		for (PlannedRow row : rows) {
			for (RoleWord word : row.rolesToAdd) {
				roles.add(new RosterMapper.NewRole(row.officialId, word.role().name(),
						word.department() == null ? "" : word.department().name(), row.roleScope.id));
			}
		}
		for (List<RosterMapper.NewRole> chunk : DirectoryReads.chunks(roles)) {
			mapper.insertRoles(chunk, now);
		}
	}

	private void accounts(List<PlannedRow> rows) {
		List<IdentityBinding> bindings = new ArrayList<>();
		for (PlannedRow row : rows) {
			for (PlannedRow.Account account : row.accountsToBind) {
				bindings.add(new IdentityBinding(account.platform().name(), account.corpId(), account.userId(),
						row.officialId));
			}
			if (row.bindWebChat) {
				// a web chat account is in the corp local, its user id the official's own
				// id (known only now)
				bindings.add(new IdentityBinding(Platform.WEB.name(), WebChat.CORP, Long.toString(row.officialId),
						row.officialId));
			}
		}
		if (!bindings.isEmpty()) {
			directory.bindIdentities(bindings);
		}
	}

}
