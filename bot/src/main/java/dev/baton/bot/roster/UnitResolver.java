package dev.baton.bot.roster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.baton.bot.directory.UnitType;
import dev.baton.bot.roster.UnitTree.Node;

/**
 * The units the rows name, each once (by its parent as written and its name), resolved
 * against the tree as it grows: a row may name as its parent a unit set up by a row
 * further down.
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

	/**
	 * Every unit the rows name, once each, with its node (null when refused): after
	 * {@link #resolve()}.
	 */
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
		// a parent found while the tree was growing must still be the only fit now that
		// it is whole
		for (Declaration d : declarations.values()) {
			if (d.problem == null && !d.parentPath.isEmpty()) {
				List<Node> found = tree.find(d.parentPath);
				if (found.size() > 1) {
					d.refuse("roster.row.parentAmbiguous", d.parentText(), found.size(), paths(found));
				}
			}
		}
		codes();
		types();
		cascade();
		for (Declaration d : declarations.values()) {
			for (PlannedRow row : d.rows) {
				if (d.problem != null) {
					notes.problem(row,
							d.problem.equals("roster.row.parentUnknown")
									|| d.problem.equals("roster.row.parentAmbiguous")
									|| d.problem.equals("roster.row.parentRefused")
											? RosterColumn.PARENT
											: d.problem.startsWith("roster.row.code") ? RosterColumn.UNIT_CODE
													: d.problem.startsWith("roster.row.unitType")
															? RosterColumn.UNIT_TYPE : RosterColumn.UNIT,
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

	/**
	 * 单位编码: one code per unit; an existing code must be this unit's; a new unit takes it
	 * or a generated one.
	 */
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
		Set<String> generatedCodes = new HashSet<>();
		for (Node node : tree.added()) {
			if (node.code == null) {
				// derived from the unit's path, so the check and the import of one file
				// give the same code
				// (#13, newcomer 4: 8: the dry run promised u-a9e053e7dddd, the import
				// wrote u-e84d0482df08)
				String generated;
				int attempt = 0;
				do {
					generated = derivedCode(node.display(), attempt++);
				}
				while (tree.codeTaken(generated) || newCodes.containsKey(UnitTree.codeKey(generated))
						|| !generatedCodes.add(generated));
				node.code = generated;
			}
		}
	}

	/**
	 * {@code u-} and 12 hex digits of the SHA-256 of the unit's path of names (and, after
	 * a clash, the attempt).
	 */
	static String derivedCode(String path, int attempt) {
		try {
			byte[] sha = MessageDigest.getInstance("SHA-256")
				.digest((attempt == 0 ? path : path + "#" + attempt).getBytes(StandardCharsets.UTF_8));
			return "u-" + HexFormat.of().formatHex(sha).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	/**
	 * 单位类型: one type per unit. A new unit takes it (or {@link RosterPlanner#UNIT_TYPE});
	 * one of the directory's whose type differs is changed, said on the first row naming
	 * it.
	 */
	private void types() {
		for (Declaration d : declarations.values()) {
			if (d.node == null || d.problem != null) {
				continue;
			}
			Set<String> given = d.rows.stream()
				.map(r -> r.unitType)
				.filter(t -> t != null)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			if (given.size() > 1) {
				d.refuse("roster.row.unitTypeConflict", d.node.display(),
						given.stream().map(UnitResolver::typeName).collect(Collectors.joining("、")));
				continue;
			}
			String type = given.isEmpty() ? null : given.iterator().next();
			if (d.node.isNew()) {
				if (d.node.type != null && type != null && !d.node.type.equals(type)) {
					d.refuse("roster.row.unitTypeConflict", d.node.display(),
							typeName(d.node.type) + "、" + typeName(type));
				}
				else if (d.node.type == null || type != null) {
					d.node.type = type == null ? RosterPlanner.UNIT_TYPE : type;
					if (type != null && d.node.createdOnRow == d.rows.get(0).row()) {
						d.rows.get(0).changes.add(RowNotes.change(RosterColumn.UNIT_TYPE, null, typeName(type)));
					}
				}
			}
			else if (type != null && !type.equals(d.node.type)) {
				if (d.node.newType != null && !d.node.newType.equals(type)) {
					d.refuse("roster.row.unitTypeConflict", d.node.display(),
							typeName(d.node.newType) + "、" + typeName(type));
					continue;
				}
				d.node.newType = type;
				d.rows.get(0).changes
					.add(RowNotes.change(RosterColumn.UNIT_TYPE, typeName(d.node.type), typeName(type)));
			}
		}
	}

	/**
	 * A type as people read it: 乡镇 for TOWNSHIP; a code Baton has no word for as 其他类型.
	 */
	static String typeName(String code) {
		return UnitType.zhOf(code);
	}

	/**
	 * A unit under a refused new unit is refused too, naming the row that set up its
	 * parent.
	 */
	private void cascade() {
		Map<Node, Declaration> creators = new HashMap<>();
		declarations.values()
			.stream()
			.filter(d -> d.node != null && d.node.isNew())
			.forEach(d -> creators.put(d.node, d));
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
