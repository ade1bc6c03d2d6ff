package dev.baton.bot.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.baton.bot.access.Action;
import dev.baton.bot.directory.IdentityBinding;
import dev.baton.bot.directory.Mobiles;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.roster.RosterReport.Change;
import dev.baton.bot.roster.UnitTree.Node;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.integrations.chat.Platform;

/**
 * Decides, row by row, what the roster would do to the directory, reading it in bulk. The matching keys:
 * <ul>
 * <li>a unit by its parent and its name ({@code 上级单位} is a name, or a path of names where names repeat), or by
 * {@code 单位编码} when given: a code must name the same unit the parent and name do;</li>
 * <li>an official by mobile when the row gives one (the name must be the directory's); otherwise, or when nobody has
 * that mobile yet, by name within the row's unit (one namesake without a mobile); a row whose mobile nobody has and
 * whose unit has namesakes with other mobiles is a new namesake, and says so;</li>
 * <li>a chat account by platform, the configured app's corp and user id; it may be bound to this official already,
 * never to another, and the official may have no other account in that corp.</li>
 * </ul>
 * A blank cell keeps what the directory has; roles and accounts are only added. Every refusal names the row, the
 * column and why.
 */
final class RosterPlanner {

	/** A userId: printable ASCII without spaces (DingTalk and WeCom ids are letters, digits and a few marks). */
	private static final Pattern USER_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");

	private static final Pattern CODE = Pattern.compile("[\\x21-\\x7E]{1,64}");

	private static final Pattern PATH_SEPARATOR = Pattern.compile("[/／]");

	/** The unit type of units the roster creates (the roster has no column for it). */
	static final String UNIT_TYPE = "UNIT";

	private final RosterSheet sheet;

	private final RosterTexts texts;

	private final BiPredicate<Action, String> may;

	private final Map<Platform, List<String>> corps;

	private final DirectoryReads reads;

	private final List<PlannedRow> rows = new ArrayList<>();

	private UnitTree tree;

	private final List<RosterPlan.UnitEntry> units = new ArrayList<>();

	/**
	 * @param may whether the actor may do the action over a unit path ({@code /}: the root scope, for a top unit)
	 * @param corps the corp ids of the configured apps, per platform
	 */
	RosterPlanner(RosterSheet sheet, RosterTexts texts, BiPredicate<Action, String> may, Map<Platform, List<String>> corps,
			DirectoryReads reads) {
		this.sheet = sheet;
		this.texts = texts;
		this.may = may;
		this.corps = corps;
		this.reads = reads;
	}

	RosterPlan plan() {
		sheet.lines().forEach(line -> rows.add(read(line)));
		tree = new UnitTree(reads.allUnits());
		new UnitDeclarations().resolve();
		for (PlannedRow row : rows) {
			if (row.unit == null) {
				continue;
			}
			if (row.unit.isNew() && !may.test(Action.MANAGE_UNITS, row.unit.parent.scopePath())) {
				// units are created by administrators over the unit above (a top unit: over every unit)
				problem(row, RosterColumn.UNIT, "roster.row.notPermittedUnits", row.unit.display(),
						row.unit.parent.isRoot() ? "—" : row.unit.parent.display());
			}
			else if (!may.test(Action.MANAGE_DIRECTORY, row.unit.scopePath())) {
				problem(row, RosterColumn.UNIT, "roster.row.notPermitted", row.unit.display());
			}
			else {
				roleScope(row);
			}
		}
		new People().match();
		return new RosterPlan(rows, tree.added(), units);
	}

	// ------------------------------------------------------------------ reading one row

	private PlannedRow read(RosterLine line) {
		PlannedRow row = new PlannedRow(line);
		Set<RosterColumn> unreadable = new LinkedHashSet<>();
		for (RosterColumn column : sheet.columns().keySet()) {
			RosterCell cell = sheet.cell(line, column);
			if (cell.formula()) {
				problem(row, column, "roster.row.formula", column.header());
				unreadable.add(column);
			}
			else if (cell.error()) {
				problem(row, column, "roster.row.errorValue", column.header());
				unreadable.add(column);
			}
			else if (cell.text().length() > column.maxLength()) {
				problem(row, column, "roster.row.tooLong", column.header(), column.maxLength());
				unreadable.add(column);
			}
		}
		String unit = text(line, RosterColumn.UNIT);
		String parent = text(line, RosterColumn.PARENT);
		String code = text(line, RosterColumn.UNIT_CODE);
		row.unitReadable = !unreadable.contains(RosterColumn.UNIT) && !unreadable.contains(RosterColumn.PARENT)
				&& !unreadable.contains(RosterColumn.UNIT_CODE);
		if (unit.isEmpty() && !unreadable.contains(RosterColumn.UNIT)) {
			problem(row, RosterColumn.UNIT, "roster.row.unitMissing");
			row.unitReadable = false;
		}
		else if (PATH_SEPARATOR.matcher(unit).find()) {
			problem(row, RosterColumn.UNIT, "roster.row.unitSlash", unit);
			row.unitReadable = false;
		}
		row.unitName = unit;
		row.parentPath = PATH_SEPARATOR.splitAsStream(parent).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (!code.isEmpty() && !CODE.matcher(code).matches()) {
			problem(row, RosterColumn.UNIT_CODE, "roster.row.codeMalformed", code);
			row.unitReadable = false;
		}
		row.code = code.isEmpty() ? null : code;

		String name = text(line, RosterColumn.NAME);
		String post = text(line, RosterColumn.POST);
		String mobile = text(line, RosterColumn.MOBILE);
		String roles = text(line, RosterColumn.ROLES);
		String scope = text(line, RosterColumn.ROLE_SCOPE);
		String dingtalk = text(line, RosterColumn.DINGTALK);
		String wecom = text(line, RosterColumn.WECOM);
		boolean personCells = !name.isEmpty() || !post.isEmpty() || unreadable.contains(RosterColumn.NAME)
				|| unreadable.contains(RosterColumn.POST);
		boolean extras = !mobile.isEmpty() || !roles.isEmpty() || !dingtalk.isEmpty() || !wecom.isEmpty();
		row.person = personCells || extras;
		if (!personCells && extras) {
			problem(row, RosterColumn.NAME, "roster.row.personMissing");
		}
		else if (personCells) {
			if (name.isEmpty() && !unreadable.contains(RosterColumn.NAME)) {
				problem(row, RosterColumn.NAME, "roster.row.nameMissing");
			}
			if (post.isEmpty() && !unreadable.contains(RosterColumn.POST)) {
				problem(row, RosterColumn.POST, "roster.row.postMissing");
			}
		}
		row.name = name.isEmpty() ? null : name;
		row.post = post.isEmpty() ? null : post;
		if (!mobile.isEmpty()) {
			row.mobile = mobile(mobile);
			if (row.mobile == null) {
				problem(row, RosterColumn.MOBILE, "roster.row.mobileMalformed", mobile);
			}
		}
		if (!roles.isEmpty()) {
			for (String word : roles.split("[、，,；;\\n]+")) {
				if (word.isBlank()) {
					continue;
				}
				RoleWord.byWord(word.strip()).ifPresentOrElse(w -> {
					if (!row.roles.contains(w)) {
						row.roles.add(w);
					}
				}, () -> problem(row, RosterColumn.ROLES, "roster.row.roleUnknown", word.strip(),
						String.join("、", RoleWord.words()), RoleWord.wordsInEnglish()));
			}
		}
		row.roleScopePath = PATH_SEPARATOR.splitAsStream(scope).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (!row.roleScopePath.isEmpty() && roles.isEmpty()) {
			problem(row, RosterColumn.ROLE_SCOPE, "roster.row.scopeWithoutRoles", scope);
		}
		account(row, Platform.DINGTALK, RosterColumn.DINGTALK, dingtalk);
		account(row, Platform.WECOM, RosterColumn.WECOM, wecom);
		return row;
	}

	/** The unit the row's roles cover: 角色范围 (one unit must fit, which the importer may manage) or the row's unit. */
	private void roleScope(PlannedRow row) {
		if (row.roleScopePath.isEmpty()) {
			mayGrant(row, row.unit, RosterColumn.ROLES);
			return;
		}
		String written = String.join("/", row.roleScopePath);
		List<Node> found = tree.find(row.roleScopePath);
		if (found.isEmpty()) {
			problem(row, RosterColumn.ROLE_SCOPE, "roster.row.scopeUnknown", written);
		}
		else if (found.size() > 1) {
			problem(row, RosterColumn.ROLE_SCOPE, "roster.row.scopeAmbiguous", written, found.size(),
					found.stream().limit(5).map(Node::display).collect(Collectors.joining("、")));
		}
		else if (!tree.added().contains(found.get(0)) && found.get(0).isNew()) {
			problem(row, RosterColumn.ROLE_SCOPE, "roster.row.scopeUnknown", written); // a unit refused on its own row
		}
		else {
			mayGrant(row, found.get(0), RosterColumn.ROLE_SCOPE);
		}
	}

	/**
	 * The row's roles over the scope, if the importer may grant them there: {@link Action#GRANT_ADMIN} for 管理员,
	 * {@link Action#MANAGE_DIRECTORY} for the others (nobody grants a role wider than they hold).
	 */
	private void mayGrant(PlannedRow row, Node scope, RosterColumn column) {
		String path = scope.scopePath();
		if (row.roles.contains(RoleWord.ADMIN) && !may.test(Action.GRANT_ADMIN, path)) {
			problem(row, column, "roster.row.notPermittedGrant", scope.display());
		}
		else if (!may.test(Action.MANAGE_DIRECTORY, path)) {
			problem(row, column, "roster.row.notPermitted", scope.display());
		}
		else {
			row.roleScope = scope;
		}
	}

	private void account(PlannedRow row, Platform platform, RosterColumn column, String userId) {
		if (userId.isEmpty()) {
			return;
		}
		if (!USER_ID.matcher(userId).matches()) {
			problem(row, column, "roster.row.userIdMalformed", column.header(), userId);
			return;
		}
		List<String> corpIds = corps.getOrDefault(platform, List.of());
		if (corpIds.isEmpty()) {
			problem(row, column, "roster.row.noApp", column.header());
			return;
		}
		if (corpIds.size() > 1) {
			problem(row, column, "roster.row.severalCorps", column.header(), String.join("、", corpIds));
			return;
		}
		row.accounts.add(new PlannedRow.Account(platform, column, corpIds.get(0), userId));
	}

	/** The mobile in the directory's one form ({@link Mobiles}: what REST and the syncs write too), or null. */
	static String mobile(String typed) {
		try {
			return Mobiles.normalize(typed);
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	private String text(RosterLine line, RosterColumn column) {
		RosterCell cell = sheet.cell(line, column);
		return cell.formula() || cell.error() || cell.text().length() > column.maxLength() ? "" : cell.text();
	}

	private void problem(PlannedRow row, RosterColumn column, String code, Object... arguments) {
		row.problems.add(texts.note(column, cellRef(row, column), code, arguments));
	}

	private void note(PlannedRow row, RosterColumn column, String code, Object... arguments) {
		row.notes.add(texts.note(column, cellRef(row, column), code, arguments));
	}

	private String cellRef(PlannedRow row, RosterColumn column) {
		return column == null || !sheet.has(column) ? null : sheet.cell(row.line, column).ref();
	}

	private static Change change(RosterColumn column, String from, String to) {
		return new Change(column.header(), column.english(), from, to);
	}

	// ------------------------------------------------------------------ units

	/**
	 * The units the rows name, each once (by its parent as written and its name), resolved against the tree as it
	 * grows: a row may name as its parent a unit set up by a row further down.
	 */
	private final class UnitDeclarations {

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
						problem(row, d.problem.equals("roster.row.parentUnknown")
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
					d.rows.get(0).changes.add(0, change(RosterColumn.UNIT, null, d.node.display()));
				}
				String path = d.node != null ? d.node.display()
						: d.parentPath.isEmpty() ? d.name : d.parentText() + "/" + d.name;
				units.add(new RosterPlan.UnitEntry(path, d.problem == null ? d.node : null, d.rows));
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

	// ------------------------------------------------------------------ officials, roles, accounts

	private final class People {

		private final Map<Long, Official> officials = new HashMap<>();

		private final Map<String, List<Official>> byMobile = new HashMap<>();

		private final Map<Long, List<Official>> byUnit = new HashMap<>();

		private final Map<Long, List<IdentityBinding>> identities = new HashMap<>();

		private final Map<List<String>, Long> accountHolders = new HashMap<>();

		private final Map<Long, List<RoleAssignment>> roles = new HashMap<>();

		void match() {
			List<PlannedRow> people = rows.stream().filter(r -> r.person && r.unit != null).toList();
			load(people);
			duplicates(people);
			Map<Long, PlannedRow> claimed = new HashMap<>();
			for (PlannedRow row : people) {
				if (row.refused() || row.name == null || row.post == null) {
					continue;
				}
				find(row);
				if (row.match != null) {
					PlannedRow first = claimed.putIfAbsent(row.match.id(), row);
					if (first != null) {
						problem(row, RosterColumn.NAME, "roster.row.samePerson", first.row());
						problem(first, RosterColumn.NAME, "roster.row.samePerson", row.row());
					}
				}
			}
			loadAccountsAndRoles(people);
			for (PlannedRow row : people) {
				if (!row.refused()) {
					decide(row);
				}
			}
		}

		private void load(List<PlannedRow> people) {
			Set<Long> units = people.stream()
				.filter(r -> r.unit.id != null)
				.map(r -> r.unit.id)
				.collect(Collectors.toSet());
			Set<String> mobiles = people.stream()
				.map(r -> r.mobile)
				.filter(m -> m != null)
				.collect(Collectors.toSet());
			reads.officialsInUnits(units).forEach(this::know);
			reads.officialsByMobiles(mobiles).forEach(this::know);
		}

		private void know(Official official) {
			if (officials.putIfAbsent(official.id(), official) == null) {
				byUnit.computeIfAbsent(official.unitId(), u -> new ArrayList<>()).add(official);
				if (official.mobile() != null) {
					byMobile.computeIfAbsent(official.mobile(), m -> new ArrayList<>()).add(official);
				}
			}
		}

		/** The same person twice in the file: by mobile, by name in a unit where either lacks a mobile, by account. */
		private void duplicates(List<PlannedRow> people) {
			Map<String, List<PlannedRow>> mobiles = new LinkedHashMap<>();
			Map<List<Object>, List<PlannedRow>> names = new LinkedHashMap<>();
			Map<List<Object>, List<PlannedRow>> accounts = new LinkedHashMap<>();
			for (PlannedRow row : people) {
				if (row.mobile != null) {
					mobiles.computeIfAbsent(row.mobile, m -> new ArrayList<>()).add(row);
				}
				if (row.name != null) {
					names.computeIfAbsent(List.of(row.unit, row.name), k -> new ArrayList<>()).add(row);
				}
				for (PlannedRow.Account account : row.accounts) {
					accounts.computeIfAbsent(List.of(account.platform(), account.userId().toLowerCase(Locale.ROOT)),
							k -> new ArrayList<>())
						.add(row);
				}
			}
			mobiles.values().stream().filter(g -> g.size() > 1).forEach(g -> g.forEach(
					row -> problem(row, RosterColumn.MOBILE, "roster.row.duplicateMobile", row.mobile, others(g, row))));
			names.values()
				.stream()
				.filter(g -> g.size() > 1 && g.stream().anyMatch(r -> r.mobile == null))
				.forEach(g -> g.forEach(row -> problem(row, RosterColumn.NAME, "roster.row.duplicateName", row.name,
						others(g, row))));
			accounts.forEach((key, g) -> {
				if (g.size() > 1) {
					RosterColumn column = key.get(0) == Platform.DINGTALK ? RosterColumn.DINGTALK : RosterColumn.WECOM;
					g.forEach(row -> problem(row, column, "roster.row.duplicateAccount", column.header(), userId(row, column),
							others(g, row)));
				}
			});
		}

		private String userId(PlannedRow row, RosterColumn column) {
			return row.accounts.stream().filter(a -> a.column() == column).map(PlannedRow.Account::userId).findFirst().orElse("");
		}

		private String others(List<PlannedRow> group, PlannedRow row) {
			return group.stream()
				.filter(r -> r != row)
				.map(r -> Integer.toString(r.row()))
				.collect(Collectors.joining("、"));
		}

		/** The official the row is about, or none (a new official); a refusal when it cannot be told. */
		private void find(PlannedRow row) {
			if (row.mobile != null) {
				List<Official> holders = byMobile.getOrDefault(row.mobile, List.of());
				if (holders.size() > 1) {
					problem(row, RosterColumn.MOBILE, "roster.row.mobileShared", row.mobile, holders.size());
					return;
				}
				if (holders.size() == 1) {
					Official holder = holders.get(0);
					if (!holder.name().equals(row.name)) {
						Node at = tree.byId(holder.unitId());
						boolean visible = at != null && may.test(Action.MANAGE_DIRECTORY, at.path);
						problem(row, RosterColumn.MOBILE, visible ? "roster.row.mobileOtherName" : "roster.row.mobileElsewhere",
								row.mobile, holder.name(), at == null ? "" : at.display());
						return;
					}
					row.match = holder;
					return;
				}
			}
			List<Official> namesakes = row.unit.id == null ? List.of()
					: byUnit.getOrDefault(row.unit.id, List.of()).stream().filter(o -> o.name().equals(row.name)).toList();
			if (row.mobile == null) {
				if (namesakes.size() > 1) {
					problem(row, RosterColumn.NAME, "roster.row.nameAmbiguous", row.name, namesakes.size());
				}
				else if (namesakes.size() == 1) {
					row.match = namesakes.get(0);
				}
				return;
			}
			List<Official> withoutMobile = namesakes.stream().filter(o -> o.mobile() == null).toList();
			if (withoutMobile.size() > 1) {
				problem(row, RosterColumn.NAME, "roster.row.nameAmbiguous", row.name, withoutMobile.size());
			}
			else if (withoutMobile.size() == 1) {
				row.match = withoutMobile.get(0);
			}
			else if (!namesakes.isEmpty()) {
				note(row, RosterColumn.NAME, "roster.row.namesake", row.name, namesakes.size());
			}
		}

		private void loadAccountsAndRoles(List<PlannedRow> people) {
			Set<Long> matched = people.stream()
				.filter(r -> r.match != null)
				.map(r -> r.match.id())
				.collect(Collectors.toSet());
			reads.identitiesOf(matched).forEach(i -> identities.computeIfAbsent(i.officialId(), o -> new ArrayList<>()).add(i));
			reads.rolesOf(matched).forEach(r -> roles.computeIfAbsent(r.officialId(), o -> new ArrayList<>()).add(r));
			Map<List<String>, Set<String>> wanted = new LinkedHashMap<>();
			for (PlannedRow row : people) {
				for (PlannedRow.Account account : row.accounts) {
					wanted.computeIfAbsent(List.of(account.platform().name(), account.corpId()), k -> new LinkedHashSet<>())
						.add(account.userId());
				}
			}
			wanted.forEach((corp, users) -> reads.identitiesByUsers(corp.get(0), corp.get(1), users)
				.forEach(i -> accountHolders.put(List.of(i.platform(), i.corpId(), i.userId().toLowerCase(Locale.ROOT)),
						i.officialId())));
		}

		/** What the row sets or changes, or why it cannot. */
		private void decide(PlannedRow row) {
			Official o = row.match;
			if (o == null) {
				row.changes.add(change(RosterColumn.NAME, null, row.name));
				row.changes.add(change(RosterColumn.POST, null, row.post));
				if (row.mobile != null) {
					row.changes.add(change(RosterColumn.MOBILE, null, row.mobile));
				}
			}
			else {
				row.officialId = o.id();
				if (row.unit.id == null || o.unitId() != row.unit.id) {
					Node from = tree.byId(o.unitId());
					row.changes.add(change(RosterColumn.UNIT, from == null ? "" : from.display(), row.unit.display()));
					row.officialChanges = true;
				}
				if (!o.post().equals(row.post)) {
					row.changes.add(change(RosterColumn.POST, o.post(), row.post));
					row.officialChanges = true;
				}
				if (o.mobile() == null && row.mobile != null) {
					row.changes.add(change(RosterColumn.MOBILE, null, row.mobile));
					row.officialChanges = true;
				}
				if (!o.active()) {
					row.changes.add(new Change("状态", "Status", "不在职 inactive", "在职 active"));
					row.officialChanges = true;
				}
			}
			roles(row);
			accounts(row);
			if (o != null && !row.changes.isEmpty()) {
				requireOver(row, o);
			}
			if (row.refused()) {
				row.changes.clear();
				row.officialChanges = false;
				row.rolesToAdd.clear();
				row.accountsToBind.clear();
			}
		}

		/**
		 * Changing an official needs {@link Action#MANAGE_DIRECTORY} over their unit and over the scope of each role
		 * they hold ({@link Action#GRANT_ADMIN} for an administrator's): nobody changes someone who holds more than
		 * they do (the directory REST's rule).
		 */
		private void requireOver(PlannedRow row, Official o) {
			Node at = tree.byId(o.unitId());
			if (at == null || !may.test(Action.MANAGE_DIRECTORY, at.path)) {
				problem(row, RosterColumn.UNIT, "roster.row.notPermittedFrom", at == null ? "" : at.display());
				return;
			}
			for (RoleAssignment held : roles.getOrDefault(o.id(), List.of())) {
				Action action = held.role() == dev.baton.bot.directory.Role.ADMIN ? Action.GRANT_ADMIN
						: Action.MANAGE_DIRECTORY;
				if (!may.test(action, held.scopePath())) {
					Node scope = held.scopeUnitId() == null ? null : tree.byId(held.scopeUnitId());
					RoleWord word = RoleWord.of(held.role(), held.department());
					problem(row, RosterColumn.NAME, "roster.row.notPermittedOver", word.zh(),
							scope == null ? "全部单位 / every unit" : scope.display(), word.en());
					return;
				}
			}
		}

		private void roles(PlannedRow row) {
			Node scope = row.roleScope;
			List<RoleWord> held = row.match == null || scope.id == null ? List.of()
					: roles.getOrDefault(row.match.id(), List.of())
						.stream()
						.filter(r -> scope.id.equals(r.scopeUnitId()))
						.map(r -> RoleWord.of(r.role(), r.department()))
						.toList();
			for (RoleWord word : row.roles) {
				if (!held.contains(word)) {
					row.rolesToAdd.add(word);
				}
			}
			if (!row.rolesToAdd.isEmpty()) {
				List<RoleWord> after = new ArrayList<>(held);
				after.addAll(row.rolesToAdd);
				String over = scope == row.unit ? "" : "（" + scope.display() + "）";
				row.changes.add(change(RosterColumn.ROLES, held.isEmpty() ? null : words(held) + over, words(after) + over));
			}
		}

		private void accounts(PlannedRow row) {
			for (PlannedRow.Account account : row.accounts) {
				// user ids compare as the database's collation does: without regard to letter case
				Long holder = accountHolders.get(List.of(account.platform().name(), account.corpId(),
						account.userId().toLowerCase(Locale.ROOT)));
				if (holder != null) {
					if (row.match == null || holder != row.match.id()) {
						problem(row, account.column(), "roster.row.accountTaken", account.column().header(),
								account.userId());
					}
					continue;
				}
				if (row.match != null) {
					var other = identities.getOrDefault(row.match.id(), List.of())
						.stream()
						.filter(i -> i.platform().equals(account.platform().name()) && i.corpId().equals(account.corpId()))
						.findFirst();
					if (other.isPresent()) {
						problem(row, account.column(), "roster.row.accountOther", account.column().header(),
								other.get().userId(), account.userId());
						continue;
					}
				}
				row.accountsToBind.add(account);
				row.changes.add(change(account.column(), null, account.userId()));
			}
		}

		private String words(List<RoleWord> words) {
			return words.stream().map(RoleWord::zh).collect(Collectors.joining("、"));
		}

	}

}
