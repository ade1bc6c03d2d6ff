package dev.baton.bot.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import dev.baton.bot.access.Action;
import dev.baton.bot.directory.UnitType;
import dev.baton.bot.roster.UnitTree.Node;
import dev.baton.integrations.chat.Platform;

/**
 * Decides, row by row, what the roster would do to the directory, reading it in bulk:
 * {@link RowReader} reads each row, {@link UnitResolver} finds or adds its unit, the role
 * scopes and the right to create units are checked here, and {@link OfficialMatcher}
 * finds its official and decides the changes. The matching keys:
 * <ul>
 * <li>a unit by its parent and its name ({@code 上级单位} is a name, or a path of names where
 * names repeat), or by {@code 单位编码} when given: a code must name the same unit the parent
 * and name do;</li>
 * <li>an official by mobile when the row gives one (the name must be the directory's);
 * otherwise, or when nobody has that mobile yet, by name within the row's unit (one
 * namesake without a mobile); a row whose mobile nobody has and whose unit has namesakes
 * with other mobiles is a new namesake, and says so;</li>
 * <li>a chat account by platform, the configured app's corp and user id; it may be bound
 * to this official already, never to another, and the official may have no other account
 * in that corp.</li>
 * </ul>
 * A blank cell keeps what the directory has; roles and accounts are only added. Every
 * refusal names the row, the column and why.
 */
final class RosterPlanner {

	/** The unit type of a unit the roster creates when 单位类型 is blank. */
	static final String UNIT_TYPE = "UNIT";

	private final RosterSheet sheet;

	private final RowNotes notes;

	private final BiPredicate<Action, String> may;

	private final Map<Platform, List<String>> corps;

	private final DirectoryReads reads;

	private final boolean webChatOn;

	private final List<PlannedRow> rows = new ArrayList<>();

	private UnitTree tree;

	/**
	 * @param may whether the actor may do the action over a unit path ({@code /}: the
	 * root scope, for a top unit)
	 * @param corps the corp ids of the configured apps, per platform
	 */
	RosterPlanner(RosterSheet sheet, RosterTexts texts, BiPredicate<Action, String> may,
			Map<Platform, List<String>> corps, DirectoryReads reads, boolean webChatOn) {
		this.sheet = sheet;
		this.notes = new RowNotes(sheet, texts);
		this.may = may;
		this.corps = corps;
		this.reads = reads;
		this.webChatOn = webChatOn;
	}

	RosterPlan plan() {
		RowReader reader = new RowReader(sheet, notes, corps, webChatOn);
		sheet.lines().forEach(line -> rows.add(reader.read(line)));
		tree = new UnitTree(reads.allUnits());
		UnitResolver units = new UnitResolver(tree, rows, notes);
		units.resolve();
		for (PlannedRow row : rows) {
			if (row.unit == null) {
				continue;
			}
			if (row.unit.isNew() && !may.test(Action.MANAGE_UNITS, row.unit.parent.scopePath())) {
				// units are created by administrators over the unit above (a top unit:
				// over every unit)
				notes.problem(row, RosterColumn.UNIT, "roster.row.notPermittedUnits", row.unit.display(),
						row.unit.parent.isRoot() ? "—" : row.unit.parent.display());
			}
			else if (row.unit.newType != null && !may.test(Action.MANAGE_UNITS, row.unit.path)) {
				// a unit's type is set by its administrators, as over REST (PUT
				// /api/directory/units/{id}/type)
				notes.problem(row, RosterColumn.UNIT_TYPE, "roster.row.notPermittedUnitType", row.unit.display(),
						UnitType.zhOf(row.unit.type), UnitType.zhOf(row.unit.newType), UnitType.enOf(row.unit.type),
						UnitType.enOf(row.unit.newType));
			}
			else if (!may.test(Action.MANAGE_DIRECTORY, row.unit.scopePath())) {
				notes.problem(row, RosterColumn.UNIT, "roster.row.notPermitted", row.unit.display());
			}
			else {
				roleScope(row);
			}
		}
		notes.unitsDecided();
		new OfficialMatcher(rows, tree, reads, notes, may).match();
		return new RosterPlan(rows, tree.added(), units.entries());
	}

	// ------------------------------------------------------------------ roles: over
	// which unit, and may they be granted

	/**
	 * The unit the row's roles cover: 角色范围 (one unit must fit, which the importer may
	 * manage) or the row's unit.
	 */
	private void roleScope(PlannedRow row) {
		if (row.roleScopePath.isEmpty()) {
			mayGrant(row, row.unit, RosterColumn.ROLES);
			return;
		}
		String written = String.join("/", row.roleScopePath);
		List<Node> found = tree.find(row.roleScopePath);
		if (found.isEmpty()) {
			notes.problem(row, RosterColumn.ROLE_SCOPE, "roster.row.scopeUnknown", written);
		}
		else if (found.size() > 1) {
			notes.problem(row, RosterColumn.ROLE_SCOPE, "roster.row.scopeAmbiguous", written, found.size(),
					found.stream().limit(5).map(Node::display).collect(Collectors.joining("、")));
		}
		else if (!tree.added().contains(found.get(0)) && found.get(0).isNew()) {
			notes.problem(row, RosterColumn.ROLE_SCOPE, "roster.row.scopeUnknown", written); // a
																								// unit
																								// refused
																								// on
																								// its
																								// own
																								// row
		}
		else {
			mayGrant(row, found.get(0), RosterColumn.ROLE_SCOPE);
		}
	}

	/**
	 * The row's roles over the scope, if the importer may grant them there:
	 * {@link Action#GRANT_ADMIN} for 管理员, {@link Action#MANAGE_DIRECTORY} for the others
	 * (nobody grants a role wider than they hold).
	 */
	private void mayGrant(PlannedRow row, Node scope, RosterColumn column) {
		String path = scope.scopePath();
		if (row.roles.contains(RoleWord.ADMIN) && !may.test(Action.GRANT_ADMIN, path)) {
			notes.problem(row, column, "roster.row.notPermittedGrant", scope.display());
		}
		else if (!may.test(Action.MANAGE_DIRECTORY, path)) {
			notes.problem(row, column, "roster.row.notPermitted", scope.display());
		}
		else {
			row.roleScope = scope;
		}
	}

}
