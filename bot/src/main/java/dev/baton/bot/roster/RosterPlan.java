package dev.baton.bot.roster;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.baton.bot.roster.RosterReport.Outcome;

/**
 * What the planner decided: every row, the units to create (each after its parent), and
 * every unit named.
 */
final class RosterPlan {

	/**
	 * A unit the roster names: its path of names, its node (null when refused) and the
	 * rows naming it.
	 */
	record UnitEntry(String path, UnitTree.Node node, List<PlannedRow> rows) {

		/**
		 * The unit's own state: refused only for a reason about the unit itself, not
		 * because a row naming it is refused for its person (newcomer 20b, finding 9).
		 */
		Outcome outcome() {
			if (node == null || rows.stream().allMatch(r -> r.unitRefused)) {
				return Outcome.REFUSED;
			}
			return node.isNew() ? Outcome.CREATED : node.newType != null ? Outcome.CHANGED : Outcome.UNCHANGED;
		}

	}

	final List<PlannedRow> rows;

	final List<UnitTree.Node> newUnits;

	final List<UnitEntry> units;

	RosterPlan(List<PlannedRow> rows, List<UnitTree.Node> newUnits, List<UnitEntry> units) {
		this.rows = rows;
		this.newUnits = newUnits;
		this.units = units;
	}

	boolean importable() {
		return rows.stream().noneMatch(PlannedRow::refused);
	}

	int refused() {
		return (int) rows.stream().filter(PlannedRow::refused).count();
	}

	RosterReport report(boolean dryRun, String sha256) {
		List<RosterReport.RowLine> lines = rows.stream()
			.map(r -> new RosterReport.RowLine(r.row(), r.outcome(), r.unit == null ? null : r.unit.display(), r.name,
					r.officialId, r.refused() ? List.of() : List.copyOf(r.changes), List.copyOf(r.problems),
					List.copyOf(r.notes)))
			.toList();
		List<RosterReport.UnitLine> unitLines = units.stream()
			.map(u -> new RosterReport.UnitLine(u.path(), u.outcome(),
					u.node() == null || u.outcome() == Outcome.REFUSED ? null : u.node().code,
					u.node() == null ? null : u.node().id, u.rows().get(0).row(),
					u.node() == null || u.outcome() == Outcome.REFUSED ? null
							: u.node().newType != null ? u.node().newType : u.node().type))
			.toList();
		boolean importable = importable();
		// a check counts what the rows that can be imported would do, even while other
		// rows are refused (newcomer 20b, finding 8); a refused import wrote nothing
		boolean counts = dryRun || importable;
		List<PlannedRow> good = rows.stream().filter(r -> !r.refused()).toList();
		RosterReport.Summary summary = new RosterReport.Summary(rows.size(), count(Outcome.CREATED),
				count(Outcome.CHANGED), count(Outcome.UNCHANGED), count(Outcome.REFUSED),
				counts ? (int) newUnits.stream().filter(n -> !refusedUnits().contains(n)).count() : 0,
				counts ? (int) good.stream().filter(PlannedRow::creates).count() : 0,
				counts ? (int) good.stream().filter(r -> r.officialChanges).count() : 0,
				counts ? good.stream().mapToInt(r -> r.rolesToAdd.size()).sum() : 0,
				counts ? good.stream().mapToInt(r -> r.accountsToBind.size() + (r.bindWebChat ? 1 : 0)).sum() : 0,
				counts ? typeChanges().size() : 0);
		return new RosterReport(dryRun, importable, sha256, RosterReader.SHEET, summary, unitLines, lines);
	}

	/** The directory's units whose type the roster changes, each once. */
	List<UnitTree.Node> typeChanges() {
		return units.stream()
			.map(UnitEntry::node)
			.filter(n -> n != null && !n.isNew() && n.newType != null)
			.filter(n -> !refusedUnits().contains(n))
			.distinct()
			.toList();
	}

	/** The units refused for a reason of their own. */
	private Set<UnitTree.Node> refusedUnits() {
		return units.stream()
			.filter(u -> u.node() != null && u.outcome() == Outcome.REFUSED)
			.map(UnitEntry::node)
			.collect(Collectors.toSet());
	}

	private int count(Outcome outcome) {
		return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
	}

}
