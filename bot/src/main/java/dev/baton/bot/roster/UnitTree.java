package dev.baton.bot.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.directory.OrgUnit;

/**
 * The org tree as the roster sees it: the directory's units, and the units the roster
 * would add, each known by its parent and its name. Names repeat across a county (every
 * bureau has an 办公室), so a unit is found by a path of names ({@code 财政局/办公室}: the 办公室
 * whose parent is named 财政局), as long as exactly one unit fits.
 */
final class UnitTree {

	/**
	 * A unit of the tree: one of the directory's ({@code id} set) or one the roster adds.
	 */
	static final class Node {

		final Node parent;

		final String name;

		Long id;

		String code;

		/**
		 * The directory's path ({@code /1/4/}); for a new unit, set once it is written.
		 */
		String path;

		/**
		 * The unit type: the directory's, or for a new unit the one the roster gives it.
		 */
		String type;

		/**
		 * A new type for one of the directory's units (单位类型 differs from what Baton has);
		 * null: unchanged.
		 */
		String newType;

		/** The first row naming a unit the roster adds; 0 for the directory's units. */
		final int createdOnRow;

		private final Map<String, List<Node>> children = new HashMap<>();

		Node(Node parent, String name, Long id, String code, String path, int createdOnRow) {
			this.parent = parent;
			this.name = name;
			this.id = id;
			this.code = code;
			this.path = path;
			this.createdOnRow = createdOnRow;
		}

		boolean isNew() {
			return createdOnRow > 0;
		}

		boolean isRoot() {
			return parent == null;
		}

		/** The names from the top, {@code 示例县/财政局/办公室}. */
		String display() {
			if (parent == null) {
				return "";
			}
			String above = parent.display();
			return above.isEmpty() ? name : above + "/" + name;
		}

		/**
		 * The path whose scope covers this unit: its own, or for a new unit the nearest
		 * existing ancestor's.
		 */
		String scopePath() {
			for (Node n = this; n != null; n = n.parent) {
				if (!n.isNew() && n.path != null) {
					return n.path;
				}
			}
			return "/";
		}

		List<Node> children(String name) {
			return children.getOrDefault(name, List.of());
		}

	}

	/** Above every top-level unit: the parent of a row whose 上级单位 is blank. */
	final Node root = new Node(null, "", null, null, "/", 0);

	private final Map<String, List<Node>> byName = new HashMap<>();

	private final Map<String, Node> byCode = new HashMap<>();

	private final Map<Long, Node> byId = new HashMap<>();

	private final List<Node> added = new ArrayList<>();

	UnitTree(List<OrgUnit> units) {
		Map<Long, OrgUnit> byId = new LinkedHashMap<>();
		units.forEach(u -> byId.put(u.id(), u));
		Map<Long, Node> nodes = new HashMap<>();
		for (OrgUnit unit : units) {
			node(unit, byId, nodes);
		}
	}

	private Node node(OrgUnit unit, Map<Long, OrgUnit> byId, Map<Long, Node> nodes) {
		Node known = nodes.get(unit.id());
		if (known != null) {
			return known;
		}
		OrgUnit parentUnit = unit.parentId() == null ? null : byId.get(unit.parentId());
		Node parent = parentUnit == null ? root : node(parentUnit, byId, nodes);
		Node node = new Node(parent, unit.name(), unit.id(), unit.code(), unit.path(), 0);
		node.type = unit.unitType();
		nodes.put(unit.id(), node);
		link(node);
		return node;
	}

	private void link(Node node) {
		node.parent.children.computeIfAbsent(node.name, n -> new ArrayList<>()).add(node);
		byName.computeIfAbsent(node.name, n -> new ArrayList<>()).add(node);
		if (node.code != null) {
			byCode.put(codeKey(node.code), node);
		}
		if (node.id != null) {
			byId.put(node.id, node);
		}
	}

	/** One of the directory's units by id (null when unknown). */
	Node byId(long id) {
		return byId.get(id);
	}

	/**
	 * The units a path of names fits: the last name's units whose ancestors bear the
	 * names before it, nearest first.
	 */
	List<Node> find(List<String> names) {
		List<Node> found = new ArrayList<>();
		for (Node candidate : byName.getOrDefault(names.get(names.size() - 1), List.of())) {
			Node above = candidate.parent;
			boolean fits = true;
			for (int i = names.size() - 2; i >= 0 && fits; i--) {
				fits = above != null && above != root && above.name.equals(names.get(i));
				above = fits ? above.parent : null;
			}
			if (fits) {
				found.add(candidate);
			}
		}
		return found;
	}

	Node byCode(String code) {
		return byCode.get(codeKey(code));
	}

	boolean codeTaken(String code) {
		return byCode.containsKey(codeKey(code));
	}

	/** Codes compare as the database's collation does: without regard to letter case. */
	static String codeKey(String code) {
		return code.toLowerCase(java.util.Locale.ROOT);
	}

	/** Adds a unit the roster creates under the parent. */
	Node add(Node parent, String name, String code, int row) {
		Node node = new Node(parent, name, null, code, null, row);
		link(node);
		added.add(node);
		return node;
	}

	/** The units the roster adds, each after its parent. */
	List<Node> added() {
		return added;
	}

}
