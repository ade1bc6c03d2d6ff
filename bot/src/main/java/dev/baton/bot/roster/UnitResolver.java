package dev.baton.bot.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.baton.bot.roster.UnitTree.Node;

/**
 * The units the rows name, each once (by its parent as written and its name), resolved against the tree as it
 * grows: a row may name as its parent a unit set up by a row further down.
 */
final class UnitResolver {

	private final UnitTree tree;

	private final List<PlannedRow> rows;

	private final RowNotes notes;

	private final List<RosterPlan.UnitEntry> entries = new ArrayList<>();

	UnitResolver(UnitTree tree, List<PlannedRow> rows, RowNotes notes) {
		this.tree = tree;
		this.rows = rows;
		this.notes = notes;
	}

	/** Every unit the rows name, once each, with its node (null when refused): after {@link #resolve()}. */
	List<RosterPlan.UnitEntry> entries() {
		return entries;
	}

	private final class Declaration {

		final List<String> parentPath;

		final String name;

		final List<PlannedRow> rows = new ArrayList<>();

		Node node;

		Node parent;

		String problem;

		Object[] arguments;

		Declaration(List<String> parentPath, String name) {
			this.parentPath = parentPath;
			this.name = name;
		}

		void refuse(String code, Object... arguments) {
			if (problem == null) {
				this.problem = code;
				this.arguments = arguments;
			}
		}

		String parentText() {
			return String.join("/", parentPath);
		}

	}

	private final Map<String, Declaration> declarations = new LinkedHashMap<>();

	void resolve() {
		for (PlannedRow row : rows) {
			if (row.unitReadable) {
				String key = String.join("/", row.parentPath) + "\u0000" + row.unitName;
				declarations.computeIfAbsent(key, k -> new Declaration(row.parentPath, row.unitName)).rows.add(row);
			}
		}
		List<Declaration> pending = new ArrayList<>(declarations.values());
		boolean progress = true;
		while (progress && !pending.isEmpty()) {
			progress = false;
			for (var it = pending.iterator(); it.hasNext();) {
				Declaration d = it.next();
				Node parent;
				if (d.parentPath.isEmpty()) {
					parent = tree.root;
				}
				else {
					List<Node> found = tree.find(d.parentPath);
					if (found.size() > 1) {
						d.refuse("roster.row.parentAmbiguous", d.parentText(), found.size(), paths(found));
						it.remove();
						continue;
					}
					if (found.isEmpty()) {
						continue; // perhaps a row further down sets it up
					}
					parent = found.get(0);
				}
				place(d, parent);
				it.remove();
				progress = true;
			}
		}
		pending.forEach(d -> d.refuse("roster.row.parentUnknown", d.parentText()));
		// a parent found while the tree was growing must still be the only fit now that it is whole
		for (Declaration d : declarations.values()) {
			if (d.problem == null && !d.parentPath.isEmpty()) {
				List<Node> found = tree.find(d.parentPath);
				if (found.size() > 1) {
					d.refuse("roster.row.parentAmbiguous", d.parentText(), found.size(), paths(found));
				}
			}
		}
		codes();
		cascade();
		for (Declaration d : declarations.values()) {
			for (PlannedRow row : d.rows) {
				if (d.problem != null) {
					notes.problem(row, d.problem.equals("roster.row.parentUnknown")
							|| d.problem.equals("roster.row.parentAmbiguous")
							|| d.problem.equals("roster.row.parentRefused") ? RosterColumn.PARENT
									: d.problem.startsWith("roster.row.code") ? RosterColumn.UNIT_CODE
											: RosterColumn.UNIT,
							d.problem, d.arguments);
				}
				else {
					row.unit = d.node;
				}
			}
			if (d.problem == null && d.node.isNew() && d.node.createdOnRow == d.rows.get(0).row()) {
				d.rows.get(0).changes.add(0, RowNotes.change(RosterColumn.UNIT, null, d.node.display()));
			}
			String path = d.node != null ? d.node.display()
					: d.parentPath.isEmpty() ? d.name : d.parentText() + "/" + d.name;
			entries.add(new RosterPlan.UnitEntry(path, d.problem == null ? d.node : null, d.rows));
		}
	}

	private void place(Declaration d, Node parent) {
		d.parent = parent;
		List<Node> named = parent.children(d.name);
		if (named.size() > 1) {
			d.refuse("roster.row.unitAmbiguous", display(parent, d.name), named.size());
			d.node = named.get(0);
		}
		else if (named.size() == 1) {
			d.node = named.get(0);
		}
		else {
			d.node = tree.add(parent, d.name, null, d.rows.get(0).row());
		}
	}

	/** 单位编码: one code per unit; an existing code must be this unit's; a new unit takes it or a generated one. */
	private void codes() {
		Map<String, Declaration> newCodes = new HashMap<>();
		for (Declaration d : declarations.values()) {
			if (d.node == null) {
				continue;
			}
			Set<String> given = d.rows.stream()
				.map(r -> r.code)
				.filter(c -> c != null)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			if (given.size() > 1) {
				d.refuse("roster.row.codeConflict", d.node.display(), String.join("、", given));
				continue;
			}
			String code = given.isEmpty() ? null : given.iterator().next();
			if (!d.node.isNew()) {
				if (code != null && !code.equals(d.node.code)) {
					Node holder = tree.byCode(code);
					d.refuse("roster.row.codeMismatch", d.node.display(), d.node.code,
							holder == null ? "—" : holder.display());
				}
				continue;
			}
			if (code != null) {
				Node holder = tree.byCode(code);
				Declaration other = newCodes.putIfAbsent(UnitTree.codeKey(code), d);
				if (holder != null && holder != d.node) {
					d.refuse("roster.row.codeTaken", code, holder.display());
				}
				else if (other != null && other != d) {
					d.refuse("roster.row.codeTwice", code, other.rows.get(0).row());
				}
				else {
					d.node.code = code;
				}
			}
		}
		for (Node node : tree.added()) {
			if (node.code == null) {
				String generated;
				do {
					generated = "u-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
				}
				while (tree.codeTaken(generated) || newCodes.containsKey(generated));
				node.code = generated;
			}
		}
	}

	/** A unit under a refused new unit is refused too, naming the row that set up its parent. */
	private void cascade() {
		Map<Node, Declaration> creators = new HashMap<>();
		declarations.values().stream().filter(d -> d.node != null && d.node.isNew()).forEach(d -> creators.put(d.node, d));
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Declaration d : declarations.values()) {
				if (d.problem != null || d.node == null) {
					continue;
				}
				for (Node above = d.parent; above != null && above.isNew(); above = above.parent) {
					Declaration creator = creators.get(above);
					if (creator != null && creator.problem != null) {
						d.refuse("roster.row.parentRefused", above.display(), creator.rows.get(0).row());
						changed = true;
						break;
					}
				}
			}
		}
		tree.added().removeIf(node -> creators.get(node) == null || creators.get(node).problem != null);
	}

	private String display(Node parent, String name) {
		String above = parent.display();
		return above.isEmpty() ? name : above + "/" + name;
	}

	private String paths(List<Node> nodes) {
		return nodes.stream().limit(5).map(Node::display).collect(Collectors.joining("、"));
	}

}
